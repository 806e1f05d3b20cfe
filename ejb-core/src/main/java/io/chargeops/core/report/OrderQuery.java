package io.chargeops.core.report;

import java.time.Instant;

/**
 * The order list's filters, any of them null: order number (prefix), user phone (exact), pile code (prefix), station,
 * state, and a creation time range [{@code from}, {@code to}).
 */
public record OrderQuery(String orderNo, String userPhone, String pileCode, Long stationId, String state, Instant from,
        Instant to) {

    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, null, null, null);
    }
}
