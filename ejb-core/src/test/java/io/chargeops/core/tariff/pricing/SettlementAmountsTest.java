package io.chargeops.core.tariff.pricing;

import static io.chargeops.core.tariff.pricing.Schedules.calculator;
import static io.chargeops.core.tariff.pricing.Schedules.d;
import static io.chargeops.core.tariff.pricing.Schedules.sh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.tariff.RateType;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettlementAmountsTest {

    /** 10:45–11:30, 30 kWh: 峰 10.2540 + 8.0000, 平 12.4620 + 12.0000 = 42.7160 (see ChargingPriceCalculatorTest). */
    private final PriceBreakdown peakToFlat = calculator().priceEvenlySpread(sh("2026-03-02T10:45"),
            sh("2026-03-02T11:30"), d("30.0000"));

    @Test
    void payableIsTheTotalRoundedToTheFenHalfUp() {
        SettlementAmounts s = SettlementAmounts.settle(peakToFlat);
        assertThat(s.grossAmount()).isEqualTo(d("42.7160"));
        assertThat(s.netAmount()).isEqualTo(d("42.7160"));
        assertThat(s.payable()).isEqualTo(d("42.72"));
        assertThat(s.discount()).isEqualByComparingTo("0");
        assertThat(s.adjustments()).isEmpty();
    }

    @Test
    void halfAFenRoundsUp() {
        // 1.2250 kWh at 1.00000 元 → 1.2250 → 1.23 (HALF_EVEN would give 1.22)
        TouSchedule one = new TouSchedule(Map.of(RateType.FLAT, UnitPrice.of("1", "0")),
                Collections.nCopies(48, RateType.FLAT));
        PriceBreakdown b = new ChargingPriceCalculator(one, Schedules.SHANGHAI)
                .priceSplit(Map.of(RateType.FLAT, d("1.2250")));
        assertThat(SettlementAmounts.settle(b).payable()).isEqualTo(d("1.23"));
        PriceBreakdown below = new ChargingPriceCalculator(one, Schedules.SHANGHAI)
                .priceSplit(Map.of(RateType.FLAT, d("1.2249")));
        assertThat(SettlementAmounts.settle(below).payable()).isEqualTo(d("1.22"));
    }

    @Test
    void serviceFeeDiscountTakesAPercentageOffTheServiceFeeOnly() {
        // 20 % of 峰 service 8.0000 = 1.6000 → 6.4000; of 平 12.0000 = 2.4000 → 9.6000
        // net 10.2540 + 6.4000 + 12.4620 + 9.6000 = 38.7160 → 38.72
        SettlementAmounts s = SettlementAmounts.settle(peakToFlat, List.of(new ServiceFeeDiscount(d("20"), "member")));
        assertThat(s.netAmount()).isEqualTo(d("38.7160"));
        assertThat(s.payable()).isEqualTo(d("38.72"));
        assertThat(s.discount()).isEqualTo(d("4.0000"));
        assertThat(s.lines()).filteredOn(l -> l.rateType() == RateType.PEAK).singleElement()
                .satisfies(l -> {
                    assertThat(l.electricityAmount()).isEqualTo(d("10.2540"));
                    assertThat(l.serviceAmount()).isEqualTo(d("6.4000"));
                });
        assertThat(s.adjustments()).hasSize(2).allSatisfy(a -> {
            assertThat(a.adjustment()).isEqualTo("service-fee-discount");
            assertThat(a.electricityDelta()).isEqualByComparingTo("0");
            assertThat(a.reason()).startsWith("member (20 % off service fee");
        });
        assertThat(s.adjustments().get(0).serviceDelta()).isEqualTo(d("-1.6000"));
        assertThat(s.breakdown().totalAmount()).as("breakdown untouched").isEqualTo(d("42.7160"));
    }

    @Test
    void discountsChainInOrder() {
        // 20 % then 50 %: 峰 8 → 6.4 → 3.2, 平 12 → 9.6 → 4.8; net 10.2540 + 3.2 + 12.4620 + 4.8 = 30.7160
        SettlementAmounts s = SettlementAmounts.settle(peakToFlat,
                List.of(new ServiceFeeDiscount(d("20"), "member"), new ServiceFeeDiscount(d("50"), "coupon")));
        assertThat(s.netAmount()).isEqualTo(d("30.7160"));
        assertThat(s.payable()).isEqualTo(d("30.72"));
        assertThat(s.adjustments()).hasSize(4);
    }

    @Test
    void discountRoundsHalfUpToFourDecimalsAndNeverGoesNegative() {
        // service 0.0001 × 50 % = 0.00005 → 0.0001 (HALF_UP) → service 0.0000, not −0.0000x
        TouSchedule tiny = new TouSchedule(Map.of(RateType.FLAT, UnitPrice.of("0", "0.0001")),
                Collections.nCopies(48, RateType.FLAT));
        PriceBreakdown b = new ChargingPriceCalculator(tiny, Schedules.SHANGHAI)
                .priceSplit(Map.of(RateType.FLAT, d("1.0000")));
        SettlementAmounts s = SettlementAmounts.settle(b, List.of(new ServiceFeeDiscount(d("50"), "promo")));
        assertThat(s.netAmount()).isEqualTo(d("0.0000"));
        assertThat(s.payable()).isEqualTo(d("0.00"));
        // 100 % leaves the electricity fee: 22.7160 → 22.72
        assertThat(SettlementAmounts.settle(peakToFlat, List.of(new ServiceFeeDiscount(d("100"), "free service")))
                .payable()).isEqualTo(d("22.72"));
    }

    @Test
    void refusesDiscountsOutsideZeroToHundredPercent() {
        assertThatThrownBy(() -> new ServiceFeeDiscount(d("100.01"), "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceFeeDiscount(d("-1"), "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAdjustmentsThatBreakTheMoneyRules() {
        assertThatThrownBy(() -> SettlementAmounts.settle(peakToFlat, List.of(fixed(d("-0.0001"), "bad"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> SettlementAmounts.settle(peakToFlat, List.of(fixed(d("1.00001"), "bad"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("4 decimals");
        assertThatThrownBy(() -> SettlementAmounts.settle(peakToFlat, List.of(fixed(d("1"), " "))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no reason");
    }

    /** Sets 峰's service amount to {@code service}. */
    private static PriceAdjustment fixed(BigDecimal service, String reason) {
        return new PriceAdjustment() {
            @Override
            public String name() {
                return "fixed";
            }

            @Override
            public List<AdjustedLine> adjust(List<ChargeLine> current) {
                ChargeLine peak = current.stream().filter(l -> l.rateType() == RateType.PEAK).findFirst().orElseThrow();
                return List.of(new AdjustedLine(RateType.PEAK, peak.electricityAmount(), service, reason));
            }
        };
    }
}
