package io.chargeops.core.wallet;

import java.math.BigDecimal;

/** What a settled order took from the wallet, and what it could not (arrears, 欠费). */
public record ChargePayment(BigDecimal paid, BigDecimal arrears) {
}
