package io.chargeops.core.tariff.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.core.tariff.RateType;
import io.chargeops.pile.protocol.ykc.message.PeriodUsage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property tests over random sessions on the seed schedule (jqwik is not on ejb-core's test classpath and poms are not
 * ours to change, so: fixed-seed {@link Random}, every failure names its seed to replay it).
 */
class PricingPropertiesTest {

    private static final int CASES = 400;
    private static final BigDecimal UNIT = new BigDecimal("0.0001");
    private final ChargingPriceCalculator calc = Schedules.calculator();

    @Test
    void partsAddUpToTheTotalAndNothingIsNegative() {
        for (long seed = 1; seed <= CASES; seed++) {
            List<MeterReading> readings = session(new Random(seed));
            PriceBreakdown b = calc.price(readings);
            BigDecimal metered = readings.get(readings.size() - 1).cumulativeKwh().subtract(readings.get(0).cumulativeKwh());
            String c = "seed " + seed;
            assertThat(b.totalEnergy()).as(c).isEqualByComparingTo(metered);
            assertThat(b.lines()).as(c).hasSize(4).allSatisfy(l -> {
                assertThat(l.energy().signum()).isNotNegative();
                assertThat(l.electricityAmount().signum()).isNotNegative();
                assertThat(l.serviceAmount().signum()).isNotNegative();
                assertThat(l.energy().scale()).isEqualTo(4);
                assertThat(l.amount().scale()).isEqualTo(4);
            });
            assertThat(b.lines().stream().map(RateLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)).as(c)
                    .isEqualByComparingTo(b.totalAmount());
        }
    }

    @Test
    void eachRateTypeIsWithinOneUnitOfAnIndependentSecondBySecondSplit() {
        for (long seed = 1; seed <= CASES; seed++) {
            List<MeterReading> readings = session(new Random(seed));
            PriceBreakdown b = calc.price(readings);
            double[] reference = reference(readings);
            for (RateType t : RateType.values()) {
                assertThat(Math.abs(b.line(t).energy().doubleValue() - reference[t.ordinal()])).as("seed " + seed + " " + t)
                        .isLessThan(0.0001 + 1e-9);
            }
        }
    }

    @Test
    void splittingASessionInTwoGivesTheSameTotalsWithinRounding() {
        for (long seed = 1; seed <= CASES; seed++) {
            Random random = new Random(seed);
            List<MeterReading> readings = session(random);
            int m = random.nextInt(readings.size());
            PriceBreakdown whole = calc.price(readings);
            PriceBreakdown first = calc.price(readings.subList(0, m + 1));
            PriceBreakdown second = calc.price(readings.subList(m, readings.size()));
            String c = "seed " + seed + " split at " + m;
            assertThat(first.totalEnergy().add(second.totalEnergy())).as(c).isEqualByComparingTo(whole.totalEnergy());
            for (RateType t : RateType.values()) {
                BigDecimal parts = first.line(t).energy().add(second.line(t).energy());
                // each of the three allocations is within (−1, 1) unit of its true share → at most 2 units apart
                assertThat(parts.subtract(whole.line(t).energy()).abs()).as(c + " " + t).isLessThanOrEqualTo(
                        UNIT.multiply(BigDecimal.valueOf(2)));
            }
            // ≤ 2 units × 1.9852 元/kWh + 6 half-unit roundings, per rate type: < 0.003 元 overall
            BigDecimal amountParts = first.totalAmount().add(second.totalAmount());
            assertThat(amountParts.subtract(whole.totalAmount()).abs()).as(c).isLessThan(new BigDecimal("0.003"));
        }
    }

    @Test
    void evenlySpreadIsTheTwoReadingCase() {
        for (long seed = 1; seed <= CASES; seed++) {
            Random random = new Random(seed);
            Instant start = randomStart(random);
            Instant end = start.plusSeconds(random.nextInt(6 * 3600));
            BigDecimal kwh = BigDecimal.valueOf(random.nextInt(1_000_000), 4);
            assertThat(calc.priceEvenlySpread(start, end, kwh)).as("seed " + seed)
                    .isEqualTo(calc.price(List.of(new MeterReading(start, BigDecimal.ZERO), new MeterReading(end, kwh))));
        }
    }

    @Test
    void settlementNeverNegativeAndPayableIsNetRoundedOnce() {
        for (long seed = 1; seed <= CASES; seed++) {
            Random random = new Random(seed);
            PriceBreakdown b = calc.price(session(random));
            BigDecimal percent = BigDecimal.valueOf(random.nextInt(10_001), 2);
            SettlementAmounts s = SettlementAmounts.settle(b, List.of(new ServiceFeeDiscount(percent, "p")));
            String c = "seed " + seed + " " + percent + " %";
            assertThat(s.netAmount().signum()).as(c).isNotNegative();
            assertThat(s.netAmount()).as(c).isLessThanOrEqualTo(s.grossAmount());
            assertThat(s.lines()).as(c).allSatisfy(l -> assertThat(l.serviceAmount().signum()).isNotNegative());
            assertThat(s.payable()).as(c).isEqualTo(s.netAmount().setScale(2, RoundingMode.HALF_UP));
            assertThat(s.payable().subtract(s.netAmount()).abs()).as(c).isLessThanOrEqualTo(new BigDecimal("0.005"));
        }
    }

    @Test
    void theSamePlatformSplitAlwaysMatchesItselfAsAPileRecord() {
        for (long seed = 1; seed <= CASES; seed++) {
            PriceBreakdown b = calc.price(session(new Random(seed)));
            Map<RateType, PeriodUsage> pile = new EnumMap<>(RateType.class);
            for (RateLine l : b.lines()) {
                pile.put(l.rateType(), new PeriodUsage(l.price().total(),
                        l.energy(), l.energy(), l.energy().multiply(l.price().total()).setScale(4, RoundingMode.HALF_UP)));
            }
            BigDecimal pileTotal = pile.values().stream().map(PeriodUsage::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(new PileBillCheck().check(b, pile, b.totalEnergy(), pileTotal).findings()).as("seed " + seed)
                    .isEmpty();
        }
    }

    /** 1..40 readings, 0..30 min apart (whole seconds), 0..2 kWh each step, occasionally flat or simultaneous. */
    private static List<MeterReading> session(Random random) {
        int n = 1 + random.nextInt(40);
        Instant at = randomStart(random);
        BigDecimal kwh = BigDecimal.valueOf(random.nextInt(100_000), 4);
        List<MeterReading> readings = new ArrayList<>();
        readings.add(new MeterReading(at, kwh));
        for (int i = 1; i < n; i++) {
            at = at.plusSeconds(random.nextInt(10) == 0 ? 0 : random.nextInt(1801));
            kwh = kwh.add(random.nextInt(5) == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(random.nextInt(20_001), 4));
            readings.add(new MeterReading(at, kwh));
        }
        return readings;
    }

    private static Instant randomStart(Random random) {
        return Schedules.sh("2026-03-01T00:00").plusSeconds(random.nextInt(4 * 86_400));
    }

    /**
     * Independent split: walks each interval second by second (Shanghai is UTC+8 without DST, so local second of day is
     * (epochSecond + 8 h) mod 1 day) in doubles.
     */
    private static double[] reference(List<MeterReading> readings) {
        TouSchedule s = Schedules.seed();
        double[] out = new double[4];
        for (int i = 1; i < readings.size(); i++) {
            long from = readings.get(i - 1).at().getEpochSecond();
            long to = readings.get(i).at().getEpochSecond();
            double delta = readings.get(i).cumulativeKwh().subtract(readings.get(i - 1).cumulativeKwh()).doubleValue();
            if (to == from) {
                out[slotType(s, from)] += delta;
                continue;
            }
            for (long sec = from; sec < to; sec++) {
                out[slotType(s, sec)] += delta / (to - from);
            }
        }
        return out;
    }

    private static int slotType(TouSchedule s, long epochSecond) {
        int secondOfDay = (int) Math.floorMod(epochSecond + 8 * 3600, 86_400L);
        return s.slots().get(secondOfDay / 1800).ordinal();
    }
}
