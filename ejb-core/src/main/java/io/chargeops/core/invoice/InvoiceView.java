package io.chargeops.core.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An invoice request as the app shows it. */
public record InvoiceView(String requestNo, String titleType, String title, String taxNo, String email, BigDecimal amount,
                          String status, List<String> orderNos, Instant createdAt) {
}
