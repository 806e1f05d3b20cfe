package io.chargeops.core.tariff.pricing;

import io.chargeops.core.tariff.RateType;
import java.math.BigDecimal;

/**
 * What a {@link PriceAdjustment} makes of one line: the new electricity and service amounts (≥ 0, at most 4 decimals —
 * the adjustment rounds, so its rounding is its own documented decision) and why, for the order's bill and audit.
 */
public record AdjustedLine(RateType rateType, BigDecimal electricityAmount, BigDecimal serviceAmount, String reason) {
}
