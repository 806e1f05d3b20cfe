package io.chargeops.core.report;

import io.chargeops.core.pile.GunState;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One gun on the live board (充电实况): where it is, its live state, and for a gun with a session in progress the
 * order and its latest real-time figures (null otherwise).
 */
public record LiveGun(String gunCode, String pileCode, int gunNo, Long stationId, GunState state, boolean pileOnline,
        String orderNo, String orderState, BigDecimal energyKwh, BigDecimal powerKw, Integer soc, BigDecimal voltage,
        BigDecimal current, Integer chargingMinutes, BigDecimal amount, Instant liveAt) {
}
