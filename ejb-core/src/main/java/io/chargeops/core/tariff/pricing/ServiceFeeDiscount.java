package io.chargeops.core.tariff.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A percentage off the service fee (the operator's revenue; the electricity fee is passed through and stays). The
 * discount of each line is {@code service × percent / 100} rounded HALF_UP to 4 decimals; since the service amount has 4
 * decimals and percent ≤ 100 the discount never exceeds it, so no line goes negative.
 */
public record ServiceFeeDiscount(BigDecimal percentOff, String reason) implements PriceAdjustment {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public ServiceFeeDiscount {
        Objects.requireNonNull(percentOff, "percentOff");
        Objects.requireNonNull(reason, "reason");
        if (percentOff.signum() < 0 || percentOff.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("discount must be within 0..100 %: " + percentOff.toPlainString());
        }
    }

    @Override
    public String name() {
        return "service-fee-discount";
    }

    @Override
    public List<AdjustedLine> adjust(List<ChargeLine> current) {
        List<AdjustedLine> out = new ArrayList<>();
        for (ChargeLine line : current) {
            if (line.serviceAmount().signum() == 0) {
                continue;
            }
            BigDecimal discount = line.serviceAmount().multiply(percentOff).divide(HUNDRED)
                    .setScale(RateLine.AMOUNT_SCALE, RoundingMode.HALF_UP);
            out.add(new AdjustedLine(line.rateType(), line.electricityAmount(),
                    line.serviceAmount().subtract(discount), reason + " (" + percentOff.toPlainString()
                            + " % off service fee: −" + discount.toPlainString() + " 元)"));
        }
        return out;
    }
}
