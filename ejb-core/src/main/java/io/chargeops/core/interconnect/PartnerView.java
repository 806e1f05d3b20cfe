package io.chargeops.core.interconnect;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * A partner as the interconnect services use it: secrets opened ({@code inKeys}: what the partner calls us with,
 * {@code outKeys}: what we call it with, null when not agreed yet). Never shown as such outside ejb-core: the ops
 * API shows {@link #summary()}.
 */
public record PartnerView(Long id, String operatorId, String name, String role, String status, String baseUrl,
                          CecKeys inKeys, CecKeys outKeys, Set<CecVariant> variants, Set<String> pushes,
                          boolean allStations, Set<Long> stationIds, int tokenTtlSeconds, int chargeStatusSeconds,
                          Long billingUserId, Long billingWalletId, BigDecimal prepayAmount,
                          Integer pullIntervalMinutes, Instant lastPulledAt, String lastPullResult,
                          PathStyle pathStyle, String powerInterface, int powerSeconds) {

    /** The notification_* interfaces a partner may have pushed to it. */
    public static final Set<String> PUSH_INTERFACES = Set.of("notification_stationStatus", "notification_stationInfo",
            "notification_start_charge_result", "notification_equip_charge_status", "notification_stop_charge_result",
            "notification_charge_order_info", "notification_realtime_power_info");

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean sees(Long stationId) {
        return stationId != null && (allStations || stationIds.contains(stationId));
    }

    /** Whether {@code iface} is pushed to this partner: switched on, and we know where and how to call it. */
    public boolean pushes(String iface) {
        return active() && pushes.contains(iface) && baseUrl != null && !baseUrl.isBlank() && outKeys != null;
    }

    /** The URL of {@code iface} at this partner: base URL and path style. */
    public String url(String iface) {
        return pathStyle.url(baseUrl, iface);
    }

    /** The name {@code iface} has at this partner: the real-time power push's is the partner's own (provinces differ). */
    public String wireName(String iface) {
        return PartnerPushes.POWER.equals(iface) ? powerInterface : iface;
    }

    /** What the ops API shows: everything but the secrets. */
    public Summary summary() {
        return new Summary(operatorId, name, role, status, baseUrl, variants, pushes, allStations ? "ALL" : "LISTED",
                stationIds, tokenTtlSeconds, chargeStatusSeconds, prepayAmount, outKeys != null,
                pullIntervalMinutes == null ? 0 : pullIntervalMinutes, lastPulledAt, lastPullResult, pathStyle,
                powerInterface, powerSeconds);
    }

    public record Summary(String operatorId, String name, String role, String status, String baseUrl,
                          Set<CecVariant> variants, Set<String> pushes, String stationScope, Set<Long> stationIds,
                          int tokenTtlSeconds, int chargeStatusSeconds, BigDecimal prepayAmount,
                          boolean outboundSecretsSet, int pullIntervalMinutes, Instant lastPulledAt,
                          String lastPullResult, PathStyle pathStyle, String powerInterface, int powerSeconds) {
    }
}
