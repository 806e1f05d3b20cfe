package io.chargeops.core.report;

import java.time.Instant;

/**
 * The order list's filters, any of them null: order number (prefix), user phone (exact), pile code (prefix), station,
 * state, a creation time range [{@code from}, {@code to}), the car's VIN (exact, any case) and its plate (the VINs of
 * the app users' vehicles registered with that plate).
 */
public record OrderQuery(String orderNo, String userPhone, String pileCode, Long stationId, String state, Instant from,
        Instant to, String vin, String plateNo) {

    public OrderQuery(String orderNo, String userPhone, String pileCode, Long stationId, String state, Instant from,
            Instant to) {
        this(orderNo, userPhone, pileCode, stationId, state, from, to, null, null);
    }

    public static OrderQuery all() {
        return new OrderQuery(null, null, null, null, null, null, null);
    }
}
