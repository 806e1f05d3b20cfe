package io.chargeops.core.pile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A pile as the ops API and console show it: what was registered, what it last reported at login, whether it is
 * connected now, its guns, and whether it holds the billing model in force ({@code billingModel}, null until it
 * verified one while this node runs). A free pile (游离电桩) has no merchant, station, tariff or guns yet.
 */
public record PileView(String pileCode, Long merchantId, Long stationId, PileType pileType, BigDecimal ratedPowerKw,
                       int gunCount, String manufacturer, String model, String protocolVersion, String firmwareVersion,
                       String simNo, String networkType, PileStatus status, boolean online, Long tariffTemplateId,
                       Instant lastLoginAt, Instant createdAt, List<GunView> guns, BillingModelCheck billingModel,
                       String pileName, Long pileModelId) {
}
