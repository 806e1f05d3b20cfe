package io.chargeops.core.charging;

import java.time.Instant;

/** A line of an order's trail. */
public record OrderEventView(Instant at, String kind, String detail, String actor) {

    static OrderEventView of(ChargingOrderEvent e) {
        return new OrderEventView(e.getOccurredAt(), e.getKind(), e.getDetail(), e.getActor());
    }
}
