package io.chargeops.core.tariff.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Price per kWh of one rate type: electricity fee and service fee, yuan, normalised to exactly 5 decimals. A price with
 * more decimals is refused, not rounded: YKC cannot carry it to the pile, so pile and platform would bill differently.
 */
public record UnitPrice(BigDecimal electricityFee, BigDecimal serviceFee) {

    public static final int SCALE = 5;
    public static final UnitPrice ZERO = new UnitPrice(BigDecimal.ZERO, BigDecimal.ZERO);

    public UnitPrice {
        electricityFee = checked(electricityFee, "electricity fee");
        serviceFee = checked(serviceFee, "service fee");
    }

    public static UnitPrice of(String electricityFee, String serviceFee) {
        return new UnitPrice(new BigDecimal(electricityFee), new BigDecimal(serviceFee));
    }

    /** Electricity plus service fee: what 0x3B reports as a period's unit price. */
    public BigDecimal total() {
        return electricityFee.add(serviceFee);
    }

    private static BigDecimal checked(BigDecimal value, String what) {
        if (value == null) {
            throw new InvalidTariffException(what + " is missing");
        }
        if (value.signum() < 0) {
            throw new InvalidTariffException(what + " must not be negative: " + value.toPlainString());
        }
        try {
            return value.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new InvalidTariffException(what + " has more than " + SCALE + " decimals: " + value.toPlainString(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitPrice p && electricityFee.compareTo(p.electricityFee) == 0
                && serviceFee.compareTo(p.serviceFee) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(electricityFee.stripTrailingZeros(), serviceFee.stripTrailingZeros());
    }
}
