package io.chargeops.core.charging;

import io.chargeops.core.RefusedException;
import java.util.List;
import java.util.Locale;

/**
 * Where a charging order stands. The transitions (docs/charging-orders.md has the diagram):
 * <pre>
 * STARTING ──0x33 ok / 0x13 charging──▶ CHARGING ──stop (app, console, prepay used up)──▶ STOPPING
 *    │ 0x33 failed, no answer in 90 s        │ 0x3B                                           │ 0x3B
 *    ▼                                       ▼                                                ▼
 * FAILED                                  SETTLED ◀────────── 0x3B (late) / manual settlement ─ ABNORMAL
 * </pre>
 * ABNORMAL (异常订单): the pile reported the gun idle twice while charging, or sent no transaction record in time
 * after the charge ended. The money stays frozen until the late record or an operator settles it.
 */
public enum OrderState {
    STARTING,
    CHARGING,
    STOPPING,
    SETTLED,
    FAILED,
    ABNORMAL;

    /** The order holds its gun: no other order may start there. */
    public boolean holdsGun() {
        return this == STARTING || this == CHARGING || this == STOPPING;
    }

    /** A transaction record for the order may still be settled automatically. */
    public boolean settleable() {
        return this != SETTLED;
    }

    /** A state named in a request (any case); none when blank, refused when it names no state. */
    public static OrderState parse(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RefusedException(RefusedException.Kind.INVALID, "invalid-order-state",
                    "Unknown order state " + name + "; one of " + List.of(values()));
        }
    }

    /** An order number as a request gives it: the order's 32-digit transaction serial, or refused. */
    public static String checkedOrderNo(String orderNo) {
        if (orderNo == null || !orderNo.matches("\\d{32}")) {
            throw new RefusedException(RefusedException.Kind.INVALID, "invalid-order-number",
                    "An order number is the 32-digit transaction serial: " + orderNo);
        }
        return orderNo;
    }
}
