package io.chargeops.core.report;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of the order list and of its export. Amounts of unsettled orders are null; {@code energyKwh} is live. */
public record OrderRow(Long id, String orderNo, String state, Long stationId, String pileCode, int gunNo,
        String gunCode, Long userId, String userPhone, String startChannel, Instant createdAt, Instant startedAt,
        Instant stoppedAt, Instant settledAt, BigDecimal energyKwh, BigDecimal electricityAmount,
        BigDecimal serviceAmount, BigDecimal totalAmount, BigDecimal payableAmount, String abnormalReason) {
}
