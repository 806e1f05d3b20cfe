package io.chargeops.core.tariff.pricing;

import io.chargeops.core.tariff.RateType;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The platform's priced split of one session: one line per rate type in YKC order 尖峰平谷 (all four, zero lines
 * included, so it lines up with the four periods of a 0x3B record). Totals are plain sums of the 4-decimal lines, so
 * they are exact: sum of line energies == total energy, sum of line amounts == total amount.
 */
public record PriceBreakdown(List<RateLine> lines) {

    public PriceBreakdown {
        lines = List.copyOf(lines);
        Set<RateType> seen = EnumSet.noneOf(RateType.class);
        for (RateLine line : lines) {
            if (!seen.add(line.rateType())) {
                throw new IllegalArgumentException("two lines for " + line.rateType());
            }
        }
    }

    public RateLine line(RateType type) {
        return lines.stream().filter(l -> l.rateType() == type).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no line for " + type));
    }

    public BigDecimal totalEnergy() {
        return sum(RateLine::energy, RateLine.ENERGY_SCALE);
    }

    public BigDecimal electricityAmount() {
        return sum(RateLine::electricityAmount, RateLine.AMOUNT_SCALE);
    }

    public BigDecimal serviceAmount() {
        return sum(RateLine::serviceAmount, RateLine.AMOUNT_SCALE);
    }

    public BigDecimal totalAmount() {
        return electricityAmount().add(serviceAmount());
    }

    private BigDecimal sum(Function<RateLine, BigDecimal> f, int scale) {
        return lines.stream().map(f).reduce(BigDecimal.ZERO.setScale(scale), BigDecimal::add);
    }
}
