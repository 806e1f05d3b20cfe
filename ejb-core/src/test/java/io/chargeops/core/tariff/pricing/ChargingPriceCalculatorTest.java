package io.chargeops.core.tariff.pricing;

import static io.chargeops.core.tariff.pricing.Schedules.calculator;
import static io.chargeops.core.tariff.pricing.Schedules.d;
import static io.chargeops.core.tariff.pricing.Schedules.r;
import static io.chargeops.core.tariff.pricing.Schedules.sh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.pricing.ChargingPriceCalculator.MeterResetPolicy;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hand-computed examples on the seed schedule (see {@link Schedules#seedVersion()} for the prices). */
class ChargingPriceCalculatorTest {

    private final ChargingPriceCalculator calc = calculator();

    @Test
    void peakToFlatSessionEvenlySpreadMatchesHandCalculation() {
        // 10:45–11:30 Shanghai, 30 kWh evenly over 45 min: 15 min 峰 = 10 kWh, 30 min 平 = 20 kWh
        // 峰 electricity 10 × 1.02540 = 10.2540, service 10 × 0.80000 = 8.0000
        // 平 electricity 20 × 0.62310 = 12.4620, service 20 × 0.60000 = 12.0000
        // total 10.2540 + 8.0000 + 12.4620 + 12.0000 = 42.7160
        PriceBreakdown b = calc.priceEvenlySpread(sh("2026-03-02T10:45"), sh("2026-03-02T11:30"), d("30.0000"));
        assertLine(b, RateType.PEAK, "10.0000", "10.2540", "8.0000");
        assertLine(b, RateType.FLAT, "20.0000", "12.4620", "12.0000");
        assertLine(b, RateType.SHARP, "0.0000", "0.0000", "0.0000");
        assertLine(b, RateType.VALLEY, "0.0000", "0.0000", "0.0000");
        assertThat(b.totalEnergy()).isEqualTo(d("30.0000"));
        assertThat(b.electricityAmount()).isEqualTo(d("22.7160"));
        assertThat(b.serviceAmount()).isEqualTo(d("20.0000"));
        assertThat(b.totalAmount()).isEqualTo(d("42.7160"));
        assertThat(b.lines()).extracting(RateLine::rateType)
                .containsExactly(RateType.SHARP, RateType.PEAK, RateType.FLAT, RateType.VALLEY);
    }

    @Test
    void peakToFlatFromPileLocalTimesAsIn0x3B() {
        PriceBreakdown b = calc.priceEvenlySpread(LocalDateTime.parse("2026-03-02T10:45"),
                LocalDateTime.parse("2026-03-02T11:30"), d("30.0000"));
        assertThat(b.totalAmount()).isEqualTo(d("42.7160"));
    }

    @Test
    void readingsAcrossTheEdgeAreInterpolated() {
        // 10:58:00→10:59:50: 2.2 kWh, all 峰
        // 10:59:50→11:00:05: 0.3 kWh in 15 s, 10 s before 11:00 → 峰 0.2, 5 s after → 平 0.1
        // 11:00:05→11:02:00: 1.5 kWh, all 平
        // 峰 2.4: electricity 2.4 × 1.0254 = 2.46096 → 2.4610 (HALF_UP), service 2.4 × 0.8 = 1.9200
        // 平 1.6: electricity 1.6 × 0.6231 = 0.99696 → 0.9970, service 1.6 × 0.6 = 0.9600
        // total 2.4610 + 1.9200 + 0.9970 + 0.9600 = 6.3380
        PriceBreakdown b = calc.price(List.of(r("2026-03-02T10:58:00", "0.0000"), r("2026-03-02T10:59:50", "2.2000"),
                r("2026-03-02T11:00:05", "2.5000"), r("2026-03-02T11:02:00", "4.0000")));
        assertLine(b, RateType.PEAK, "2.4000", "2.4610", "1.9200");
        assertLine(b, RateType.FLAT, "1.6000", "0.9970", "0.9600");
        assertThat(b.totalAmount()).isEqualTo(d("6.3380"));
    }

    @Test
    void sessionAcrossMidnightSplitsFlatAndValley() {
        // 23:40 → 00:20 next day, 8 kWh evenly over 40 min: 20 min 平 (23:30–24:00 slot) = 4, 20 min 谷 = 4
        // 平 4 × 0.6231 = 2.4924 + 4 × 0.6 = 2.4000; 谷 4 × 0.2856 = 1.1424 + 4 × 0.4 = 1.6000 → 7.6348
        PriceBreakdown b = calc.priceEvenlySpread(sh("2026-03-02T23:40"), sh("2026-03-03T00:20"), d("8.0000"));
        assertLine(b, RateType.FLAT, "4.0000", "2.4924", "2.4000");
        assertLine(b, RateType.VALLEY, "4.0000", "1.1424", "1.6000");
        assertThat(b.totalAmount()).isEqualTo(d("7.6348"));
    }

    @Test
    void localTimeIsTheOperatorsZoneNotUtc() {
        // 10:45–11:30 Shanghai is 02:45–03:30 UTC: priced in UTC it would be all 谷
        ChargingPriceCalculator utc = new ChargingPriceCalculator(Schedules.seed(), ZoneOffset.UTC);
        PriceBreakdown b = utc.priceEvenlySpread(sh("2026-03-02T10:45"), sh("2026-03-02T11:30"), d("30.0000"));
        assertThat(b.line(RateType.VALLEY).energy()).isEqualTo(d("30.0000"));
    }

    @Test
    void longSessionOverSeveralPeriods() {
        // 07:00–12:00, 50 kWh over 300 min = 1/6 kWh per min: 谷 07–08 = 10, 峰 08–11 = 30, 平 11–12 = 10
        PriceBreakdown b = calc.priceEvenlySpread(sh("2026-03-02T07:00"), sh("2026-03-02T12:00"), d("50.0000"));
        assertThat(b.line(RateType.VALLEY).energy()).isEqualTo(d("10.0000"));
        assertThat(b.line(RateType.PEAK).energy()).isEqualTo(d("30.0000"));
        assertThat(b.line(RateType.FLAT).energy()).isEqualTo(d("10.0000"));
        // 谷 2.8560 + 4.0000, 峰 30.7620 + 24.0000, 平 6.2310 + 6.0000 = 73.8490
        assertThat(b.totalAmount()).isEqualTo(d("73.8490"));
    }

    @Test
    void readingExactlyOnASlotEdge() {
        // the 11:00:00 reading closes the 峰 interval and opens the 平 one; nothing is shared
        PriceBreakdown b = calc.price(List.of(r("2026-03-02T10:30", "0.0000"), r("2026-03-02T11:00", "1.0000"),
                r("2026-03-02T11:30", "3.0000")));
        assertThat(b.line(RateType.PEAK).energy()).isEqualTo(d("1.0000"));
        assertThat(b.line(RateType.FLAT).energy()).isEqualTo(d("2.0000"));
        // a session starting and ending exactly on edges: 11:00–11:30 is wholly 平
        PriceBreakdown edge = calc.priceEvenlySpread(sh("2026-03-02T11:00"), sh("2026-03-02T11:30"), d("1.0000"));
        assertThat(edge.line(RateType.FLAT).energy()).isEqualTo(d("1.0000"));
        assertThat(edge.line(RateType.PEAK).energy()).isEqualTo(d("0.0000"));
    }

    @Test
    void energyAtASingleInstantGoesToThatInstantsSlot() {
        // same instant, different values: zero-length interval, 11:00:00 belongs to 平
        PriceBreakdown b = calc.price(List.of(r("2026-03-02T11:00", "0.0000"), r("2026-03-02T11:00", "0.5000")));
        assertThat(b.line(RateType.FLAT).energy()).isEqualTo(d("0.5000"));
        PriceBreakdown spread = calc.priceEvenlySpread(sh("2026-03-02T10:59:59"), sh("2026-03-02T10:59:59"),
                d("0.5000"));
        assertThat(spread.line(RateType.PEAK).energy()).isEqualTo(d("0.5000"));
    }

    @Test
    void zeroEnergyAndSingleReadingGiveAZeroBill() {
        PriceBreakdown flat = calc.price(List.of(r("2026-03-02T10:00", "3.0000"), r("2026-03-02T11:00", "3.0000")));
        assertThat(flat.totalEnergy()).isEqualTo(d("0.0000"));
        assertThat(flat.totalAmount()).isEqualTo(d("0.0000"));
        PriceBreakdown single = calc.price(List.of(r("2026-03-02T10:00", "3.0000")));
        assertThat(single.totalEnergy()).isEqualTo(d("0.0000"));
        assertThat(single.lines()).hasSize(4).allSatisfy(l -> assertThat(l.amount().signum()).isZero());
        assertThat(calc.priceEvenlySpread(sh("2026-03-02T10:00"), sh("2026-03-02T12:00"), BigDecimal.ZERO)
                .totalAmount()).isEqualTo(d("0.0000"));
    }

    @Test
    void remainderGoesToTheLargestCutOff() {
        // 0.0010 kWh over 10:59–11:02: 峰 1/3 = 0.000333…, 平 2/3 = 0.000666…
        // round down: 0.0003 + 0.0006 = 0.0009, one unit missing → 平 (cut-off 0.0000666 > 0.0000333)
        PriceBreakdown b = calc.priceEvenlySpread(sh("2026-03-02T10:59"), sh("2026-03-02T11:02"), d("0.0010"));
        assertThat(b.line(RateType.PEAK).energy()).isEqualTo(d("0.0003"));
        assertThat(b.line(RateType.FLAT).energy()).isEqualTo(d("0.0007"));
    }

    @Test
    void remainderTieGoesToTheEarlierRateTypeInYkcOrder() {
        // 0.0001 kWh over 10:59–11:01: 峰 0.00005, 平 0.00005, both round down to 0; tie → 峰 (before 平)
        PriceBreakdown b = calc.priceEvenlySpread(sh("2026-03-02T10:59"), sh("2026-03-02T11:01"), d("0.0001"));
        assertThat(b.line(RateType.PEAK).energy()).isEqualTo(d("0.0001"));
        assertThat(b.line(RateType.FLAT).energy()).isEqualTo(d("0.0000"));
        assertThat(b.totalEnergy()).isEqualTo(d("0.0001"));
    }

    @Test
    void readingsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> calc.price(List.of(r("2026-03-02T10:00", "0.0000"), r("2026-03-02T10:15", "1.0000"),
                r("2026-03-02T10:14:45", "1.1000")))).isInstanceOf(MeterReadingException.class)
                .hasMessageContaining("out of order");
    }

    @Test
    void negativeOrOverPreciseEnergyIsRefused() {
        assertThatThrownBy(() -> calc.price(List.of(r("2026-03-02T10:00", "-0.0001"))))
                .isInstanceOf(MeterReadingException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> calc.priceEvenlySpread(sh("2026-03-02T10:00"), sh("2026-03-02T11:00"), d("-1")))
                .isInstanceOf(MeterReadingException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> calc.price(List.of(r("2026-03-02T10:00", "1.00001"))))
                .isInstanceOf(MeterReadingException.class).hasMessageContaining("4 decimals");
        assertThatThrownBy(() -> calc.priceEvenlySpread(sh("2026-03-02T11:00"), sh("2026-03-02T10:00"), d("1")))
                .isInstanceOf(MeterReadingException.class).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> calc.price(List.of())).isInstanceOf(MeterReadingException.class);
    }

    @Test
    void meterRunningBackwardsIsRefusedByDefault() {
        List<MeterReading> readings = List.of(r("2026-03-02T10:00", "0.0000"), r("2026-03-02T10:10", "3.0000"),
                r("2026-03-02T10:20", "1.0000"), r("2026-03-02T10:30", "2.0000"));
        assertThatThrownBy(() -> calc.price(readings)).isInstanceOf(MeterReadingException.class)
                .hasMessageContaining("backwards from 3.0000 to 1.0000").hasMessageContaining("reset");
    }

    @Test
    void meterResetCanBeReadAsARestartFromZero() {
        // 0 → 3 (3 kWh), reset: 3 → 1 counts 1 kWh since the restart, 1 → 2 (1 kWh): 5 kWh, all 峰
        ChargingPriceCalculator tolerant = new ChargingPriceCalculator(Schedules.seed(), Schedules.SHANGHAI,
                MeterResetPolicy.RESTART_FROM_ZERO);
        PriceBreakdown b = tolerant.price(List.of(r("2026-03-02T10:00", "0.0000"), r("2026-03-02T10:10", "3.0000"),
                r("2026-03-02T10:20", "1.0000"), r("2026-03-02T10:30", "2.0000")));
        assertThat(b.line(RateType.PEAK).energy()).isEqualTo(d("5.0000"));
        assertThat(b.totalEnergy()).isEqualTo(d("5.0000"));
    }

    @Test
    void pricesAGivenSplit() {
        Map<RateType, BigDecimal> pileSplit = new EnumMap<>(RateType.class);
        pileSplit.put(RateType.PEAK, d("10.0000"));
        pileSplit.put(RateType.FLAT, d("20"));
        PriceBreakdown b = calc.priceSplit(pileSplit);
        assertThat(b.totalAmount()).isEqualTo(d("42.7160"));
        assertThat(b.line(RateType.SHARP).energy()).isEqualTo(d("0.0000"));
    }

    @Test
    void amountsRoundHalfUpPerComponent() {
        // one flat rate 0.00005 electricity + 0.00015 service; 1 kWh → 0.00005 → 0.0001 (HALF_UP, HALF_EVEN would give
        // 0.0000) and 0.00015 → 0.0002
        TouSchedule s = new TouSchedule(Map.of(RateType.FLAT, UnitPrice.of("0.00005", "0.00015")),
                Collections.nCopies(48, RateType.FLAT));
        PriceBreakdown b = new ChargingPriceCalculator(s, Schedules.SHANGHAI)
                .priceSplit(Map.of(RateType.FLAT, d("1.0000")));
        assertLine(b, RateType.FLAT, "1.0000", "0.0001", "0.0002");
    }

    static void assertLine(PriceBreakdown b, RateType type, String energy, String electricity, String service) {
        RateLine line = b.line(type);
        assertThat(line.energy()).as(type + " energy").isEqualTo(d(energy));
        assertThat(line.electricityAmount()).as(type + " electricity").isEqualTo(d(electricity));
        assertThat(line.serviceAmount()).as(type + " service").isEqualTo(d(service));
    }
}
