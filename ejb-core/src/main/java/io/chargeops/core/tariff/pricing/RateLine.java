package io.chargeops.core.tariff.pricing;

import io.chargeops.core.tariff.RateType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One rate type's share of a session: energy (kWh, 4 decimals) and its electricity and service amounts (yuan, 4
 * decimals each).
 *
 * <p>Rounding: each amount is {@code energy × fee} computed exactly (4 + 5 = 9 decimals) then rounded HALF_UP to 4
 * decimals, separately for electricity and service, because they are booked separately (electricity is passed through,
 * service fee is the operator's revenue and what discounts apply to). The amounts are computed from the rounded 4-decimal
 * energy, never from an unrounded share, so anyone can recompute a bill from the energy and price shown on it.
 */
public record RateLine(RateType rateType, UnitPrice price, BigDecimal energy, BigDecimal electricityAmount,
        BigDecimal serviceAmount) {

    public static final int ENERGY_SCALE = 4;
    public static final int AMOUNT_SCALE = 4;

    public static RateLine of(RateType rateType, UnitPrice price, BigDecimal energy) {
        BigDecimal kwh = energy.setScale(ENERGY_SCALE, RoundingMode.UNNECESSARY);
        return new RateLine(rateType, price, kwh, amount(kwh, price.electricityFee()), amount(kwh, price.serviceFee()));
    }

    static BigDecimal amount(BigDecimal energy, BigDecimal fee) {
        return energy.multiply(fee).setScale(AMOUNT_SCALE, RoundingMode.HALF_UP);
    }

    /** Electricity plus service amount of this rate type. */
    public BigDecimal amount() {
        return electricityAmount.add(serviceAmount);
    }
}
