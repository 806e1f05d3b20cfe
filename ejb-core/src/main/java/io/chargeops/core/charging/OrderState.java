package io.chargeops.core.charging;

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
}
