package io.chargeops.core.tariff.pricing;

import io.chargeops.core.tariff.RateType;
import io.chargeops.pile.protocol.ykc.message.PeriodUsage;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.types.RatePeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Cross-check of the platform's priced split against the pile's own per-period split in a 0x3B transaction record
 * (issue 5: a mismatch is flagged on the order; the platform price wins unless configured otherwise).
 *
 * <p>Per rate type it compares energy, amount and — where the pile billed energy — the unit price (exactly: a different
 * unit price means the pile holds another billing model, the under-billing case YKC §13 warns about). Totals are compared
 * too, and the pile's own periods against its own totals.
 */
public final class PileBillCheck {

    /**
     * How far apart the two sides may be and still MATCH.
     *
     * <p>Default 0.0001 kWh per period and total: both sides round each period to 4 decimals and each ends strictly
     * within one unit of the same true share, so when both split the same energy over the same times they differ by
     * at most 0.0001 kWh; anything more is a different split. Default 0.01 元: the smallest unit the user is charged
     * (fen); the legitimate amount differences (per-component HALF_UP here vs the pile's own rounding of
     * {@code energy × unit price}, plus 0.0001 kWh × a few 元/kWh) stay well below 0.001 元. When the platform splits
     * interpolated 15 s readings while the pile measures the slot edge itself, widen the energy tolerance to what
     * power × sampling interval allows.
     */
    public record Tolerance(BigDecimal energyKwh, BigDecimal amountYuan) {
        public static final Tolerance DEFAULT = new Tolerance(new BigDecimal("0.0001"), new BigDecimal("0.01"));

        public Tolerance {
            Objects.requireNonNull(energyKwh, "energyKwh");
            Objects.requireNonNull(amountYuan, "amountYuan");
            if (energyKwh.signum() < 0 || amountYuan.signum() < 0) {
                throw new IllegalArgumentException("tolerances must not be negative");
            }
        }
    }

    public enum Verdict {
        MATCH,
        MISMATCH
    }

    /** Which side's amount is billed on a mismatch; issue 5: the platform's unless configured otherwise. */
    public enum Authority {
        PLATFORM,
        PILE
    }

    /** Differences are platform minus pile. */
    public record LineDifference(RateType rateType, BigDecimal platformEnergy, BigDecimal pileEnergy,
            BigDecimal energyDifference, BigDecimal platformAmount, BigDecimal pileAmount, BigDecimal amountDifference,
            BigDecimal platformUnitPrice, BigDecimal pileUnitPrice) {
    }

    public record Result(Verdict verdict, List<LineDifference> lines, BigDecimal totalEnergyDifference,
            BigDecimal totalAmountDifference, BigDecimal platformTotalAmount, BigDecimal pileTotalAmount,
            List<String> findings) {

        public Result {
            lines = List.copyOf(lines);
            findings = List.copyOf(findings);
        }

        public LineDifference line(RateType type) {
            return lines.stream().filter(l -> l.rateType() == type).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no line for " + type));
        }

        public boolean matches() {
            return verdict == Verdict.MATCH;
        }

        /** The 4-decimal amount to bill: the platform's, or on a mismatch with authority PILE the pile's total. */
        public BigDecimal amountToBill(Authority authority) {
            return verdict == Verdict.MISMATCH && authority == Authority.PILE ? pileTotalAmount : platformTotalAmount;
        }
    }

    private final Tolerance tolerance;

    public PileBillCheck() {
        this(Tolerance.DEFAULT);
    }

    public PileBillCheck(Tolerance tolerance) {
        this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    }

    public Result check(PriceBreakdown platform, TransactionRecord record) {
        Map<RateType, PeriodUsage> byType = new EnumMap<>(RateType.class);
        for (RatePeriod period : RatePeriod.values()) {
            byType.put(TouSchedule.rateType(period), record.usage(period));
        }
        return check(platform, byType, record.totalEnergy(), record.totalAmount());
    }

    /** The same check from the pile's periods and totals (a missing period counts as {@link PeriodUsage#NONE}). */
    public Result check(PriceBreakdown platform, Map<RateType, PeriodUsage> pile, BigDecimal pileTotalEnergy,
            BigDecimal pileTotalAmount) {
        List<LineDifference> lines = new ArrayList<>(4);
        List<String> findings = new ArrayList<>();
        BigDecimal pileEnergySum = BigDecimal.ZERO;
        BigDecimal pileAmountSum = BigDecimal.ZERO;
        for (RateType type : RateType.values()) {
            RateLine mine = platform.line(type);
            PeriodUsage theirs = pile.getOrDefault(type, PeriodUsage.NONE);
            BigDecimal pileEnergy = zeroIfNull(theirs.energy());
            BigDecimal pileAmount = zeroIfNull(theirs.amount());
            BigDecimal pilePrice = zeroIfNull(theirs.unitPrice());
            pileEnergySum = pileEnergySum.add(pileEnergy);
            pileAmountSum = pileAmountSum.add(pileAmount);
            LineDifference d = new LineDifference(type, mine.energy(), pileEnergy, mine.energy().subtract(pileEnergy),
                    mine.amount(), pileAmount, mine.amount().subtract(pileAmount), mine.price().total(), pilePrice);
            lines.add(d);
            if (exceeds(d.energyDifference(), tolerance.energyKwh())) {
                findings.add(type + " energy: platform " + plain(mine.energy()) + " kWh, pile " + plain(pileEnergy)
                        + " kWh");
            }
            if (exceeds(d.amountDifference(), tolerance.amountYuan())) {
                findings.add(type + " amount: platform " + plain(mine.amount()) + " 元, pile " + plain(pileAmount) + " 元");
            }
            // a pile reports zeros for periods it did not use, so its price only counts where it billed energy
            if (pileEnergy.signum() > 0 && pilePrice.compareTo(mine.price().total()) != 0) {
                findings.add(type + " unit price: platform " + plain(mine.price().total()) + " 元/kWh, pile "
                        + plain(pilePrice) + " 元/kWh (pile holds another billing model?)");
            }
        }
        BigDecimal totalEnergyDiff = platform.totalEnergy().subtract(zeroIfNull(pileTotalEnergy));
        BigDecimal totalAmountDiff = platform.totalAmount().subtract(zeroIfNull(pileTotalAmount));
        if (exceeds(totalEnergyDiff, tolerance.energyKwh())) {
            findings.add("total energy: platform " + plain(platform.totalEnergy()) + " kWh, pile "
                    + plain(pileTotalEnergy) + " kWh");
        }
        if (exceeds(totalAmountDiff, tolerance.amountYuan())) {
            findings.add("total amount: platform " + plain(platform.totalAmount()) + " 元, pile " + plain(pileTotalAmount)
                    + " 元");
        }
        if (exceeds(pileEnergySum.subtract(zeroIfNull(pileTotalEnergy)), tolerance.energyKwh())) {
            findings.add("pile's periods add up to " + plain(pileEnergySum) + " kWh but its total is "
                    + plain(pileTotalEnergy) + " kWh");
        }
        if (exceeds(pileAmountSum.subtract(zeroIfNull(pileTotalAmount)), tolerance.amountYuan())) {
            findings.add("pile's periods add up to " + plain(pileAmountSum) + " 元 but its total is "
                    + plain(pileTotalAmount) + " 元");
        }
        return new Result(findings.isEmpty() ? Verdict.MATCH : Verdict.MISMATCH, lines, totalEnergyDiff,
                totalAmountDiff, platform.totalAmount(), zeroIfNull(pileTotalAmount), findings);
    }

    private static boolean exceeds(BigDecimal difference, BigDecimal tolerance) {
        return difference.abs().compareTo(tolerance) > 0;
    }

    private static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "none" : v.toPlainString();
    }
}
