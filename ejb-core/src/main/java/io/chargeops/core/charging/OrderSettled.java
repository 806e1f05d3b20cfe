package io.chargeops.core.charging;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Published to {@code chargeops.order.settled} in the settlement's own transaction, so it exists exactly when the
 * settlement does: partners' order pushes (T/CEC), marketing triggers and notifications start from it.
 */
public record OrderSettled(String orderNo, Long merchantId, Long stationId, String pileCode, int gunNo, Long userId,
                           BigDecimal energyKwh, BigDecimal payableAmount, BigDecimal paidAmount,
                           BigDecimal arrearsAmount, String settledBy, Instant settledAt) {

    static OrderSettled of(ChargingOrderView o) {
        ChargingOrderView.Settlement s = o.settlement();
        return new OrderSettled(o.orderNo(), o.merchantId(), o.stationId(), o.pileCode(), o.gunNo(), o.userId(),
                o.energyKwh(), s.payableAmount(), s.paidAmount(), s.arrearsAmount(), s.settledBy(), o.settledAt());
    }
}
