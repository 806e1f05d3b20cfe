package io.chargeops.core.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** A refund request as the app (and the console's audit) shows it. */
public record RefundView(String requestNo, BigDecimal amount, String status, String reason, Instant createdAt,
                         Instant decidedAt, String decisionNote) {

    static RefundView of(RefundRequest r) {
        return new RefundView(r.getRequestNo(), r.getAmount().setScale(2, java.math.RoundingMode.HALF_UP),
                r.getStatus().name(), r.getReason(), r.getCreatedAt(), r.getDecidedAt(), r.getDecisionNote());
    }
}
