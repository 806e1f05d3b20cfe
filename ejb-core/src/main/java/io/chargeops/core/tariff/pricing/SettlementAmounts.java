package io.chargeops.core.tariff.pricing;

import io.chargeops.core.tariff.RateType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The amounts settlement charges: the priced breakdown, the lines after every {@link PriceAdjustment} with a record of
 * each change, and the payable amount.
 *
 * <p>Rounding: everything stays at 4 decimals until {@link #payable()}, which is the net total rounded HALF_UP to 0.01 元
 * once — the amount shown to and debited from the user. Rounding per line would let the fen rounding of many lines add
 * up; rounding once keeps the user's amount within half a fen of the exact bill.
 */
public record SettlementAmounts(PriceBreakdown breakdown, List<ChargeLine> lines, List<Applied> adjustments,
        BigDecimal grossAmount, BigDecimal netAmount, BigDecimal payable) {

    public static final int PAYABLE_SCALE = 2;

    /** One line changed by one adjustment; deltas are after minus before (negative = discount). */
    public record Applied(String adjustment, RateType rateType, BigDecimal electricityDelta, BigDecimal serviceDelta,
            String reason) {
    }

    public SettlementAmounts {
        lines = List.copyOf(lines);
        adjustments = List.copyOf(adjustments);
    }

    public static SettlementAmounts settle(PriceBreakdown breakdown, List<? extends PriceAdjustment> steps) {
        List<ChargeLine> lines = new ArrayList<>();
        breakdown.lines().forEach(l -> lines.add(ChargeLine.of(l)));
        List<Applied> applied = new ArrayList<>();
        for (PriceAdjustment step : steps) {
            List<AdjustedLine> changes = step.adjust(List.copyOf(lines));
            Set<RateType> seen = EnumSet.noneOf(RateType.class);
            for (AdjustedLine change : changes) {
                int i = indexOf(lines, change.rateType(), step);
                if (!seen.add(change.rateType())) {
                    throw new IllegalStateException(step.name() + " adjusted " + change.rateType() + " twice");
                }
                if (change.reason() == null || change.reason().isBlank()) {
                    throw new IllegalStateException(step.name() + " gave no reason for " + change.rateType());
                }
                ChargeLine before = lines.get(i);
                BigDecimal electricity = amount(change.electricityAmount(), step, change);
                BigDecimal service = amount(change.serviceAmount(), step, change);
                lines.set(i, new ChargeLine(before.rateType(), before.energy(), electricity, service));
                applied.add(new Applied(step.name(), change.rateType(), electricity.subtract(before.electricityAmount()),
                        service.subtract(before.serviceAmount()), change.reason()));
            }
        }
        BigDecimal net = lines.stream().map(ChargeLine::amount)
                .reduce(BigDecimal.ZERO.setScale(RateLine.AMOUNT_SCALE), BigDecimal::add);
        return new SettlementAmounts(breakdown, lines, applied, breakdown.totalAmount(), net,
                net.setScale(PAYABLE_SCALE, RoundingMode.HALF_UP));
    }

    public static SettlementAmounts settle(PriceBreakdown breakdown) {
        return settle(breakdown, List.of());
    }

    /** Gross minus net, 4 decimals (negative if an adjustment raised the price). */
    public BigDecimal discount() {
        return grossAmount.subtract(netAmount);
    }

    private static int indexOf(List<ChargeLine> lines, RateType type, PriceAdjustment step) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).rateType() == type) {
                return i;
            }
        }
        throw new IllegalStateException(step.name() + " adjusted " + type + ", which has no line");
    }

    /** Adjustments must hand back stored-precision, non-negative amounts; settlement does not round for them. */
    private static BigDecimal amount(BigDecimal value, PriceAdjustment step, AdjustedLine change) {
        if (value == null || value.signum() < 0) {
            throw new IllegalStateException(step.name() + " made " + change.rateType() + " negative or empty: " + value);
        }
        try {
            return value.setScale(RateLine.AMOUNT_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalStateException(step.name() + " returned more than 4 decimals for " + change.rateType()
                    + ": " + value.toPlainString(), e);
        }
    }
}
