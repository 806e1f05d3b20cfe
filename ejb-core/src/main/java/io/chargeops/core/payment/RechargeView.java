package io.chargeops.core.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A recharge as the app shows it; {@code payment} holds what the app hands the provider's SDK (only in the answer
 * that creates the recharge).
 */
public record RechargeView(String orderNo, BigDecimal amount, String provider, String status, boolean forAnotherAccount,
                           Instant createdAt, Instant paidAt, Map<String, String> payment) {

    static RechargeView of(RechargeOrder o, Map<String, String> payment) {
        return new RechargeView(o.getOrderNo(), o.getAmount().setScale(2, java.math.RoundingMode.HALF_UP), o.getProvider(),
                o.getStatus().name(), !o.getUserId().equals(o.getPayerUserId()), o.getCreatedAt(), o.getPaidAt(), payment);
    }
}
