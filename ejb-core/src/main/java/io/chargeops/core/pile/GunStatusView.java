package io.chargeops.core.pile;

import java.time.Instant;

/**
 * A gun as a driver's app sees it before starting a charge: where it is and whether it can be used now. {@code state}
 * and {@code pileOnline} come from what this node knows live, not from the last database write.
 */
public record GunStatusView(String gunCode, String pileCode, int gunNo, Long stationId, String stationName,
                            GunState state, boolean pileOnline, Instant stateChangedAt) {
}
