package io.chargeops.core.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** A refund request as the console's refund audit (退款审核) lists it: with whose it is and who decided. */
public record RefundAuditRow(String requestNo, Long userId, String userPhone, Long walletId, BigDecimal amount,
                             String status, String reason, Instant createdAt, String decidedBy, Instant decidedAt,
                             String decisionNote) {
}
