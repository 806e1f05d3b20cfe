package io.chargeops.core.tariff.pricing;

import static io.chargeops.core.tariff.pricing.Schedules.calculator;
import static io.chargeops.core.tariff.pricing.Schedules.d;
import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.pricing.PileBillCheck.Authority;
import io.chargeops.core.tariff.pricing.PileBillCheck.Result;
import io.chargeops.core.tariff.pricing.PileBillCheck.Tolerance;
import io.chargeops.core.tariff.pricing.PileBillCheck.Verdict;
import io.chargeops.pile.protocol.ykc.message.PeriodUsage;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PileBillCheckTest {

    private static final LocalDateTime START = LocalDateTime.parse("2026-03-02T10:45");
    private static final LocalDateTime END = LocalDateTime.parse("2026-03-02T11:30");

    /** The platform's bill of 10:45–11:30, 30 kWh: 峰 10 kWh 18.2540 元, 平 20 kWh 24.4620 元, total 42.7160 元. */
    private final PriceBreakdown platform = calculator().priceEvenlySpread(START, END, d("30.0000"));

    @Test
    void pileWithTheSameModelAndSplitMatches() {
        // pile: 峰 unit 1.82540 × 10 = 18.2540, 平 unit 1.22310 × 20 = 24.4620
        TransactionRecord record = record(usage("1.82540", "10.0000", "18.2540"), usage("1.22310", "20.0000", "24.4620"),
                "30.0000", "42.7160");
        Result result = new PileBillCheck().check(platform, record);
        assertThat(result.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(result.findings()).isEmpty();
        assertThat(result.totalAmountDifference()).isEqualByComparingTo("0");
        assertThat(result.lines()).hasSize(4);
        assertThat(result.amountToBill(Authority.PLATFORM)).isEqualTo(d("42.7160"));
    }

    @Test
    void oneUnitOfEnergyRoundingAndSubFenAmountsStillMatch() {
        // pile rounded its split the other way: 峰 10.0001, 平 19.9999 (diff 0.0001 kWh each, the tolerance);
        // amounts 10.0001 × 1.8254 = 18.25418254 → 18.2542, 19.9999 × 1.2231 = 24.46187769 → 24.4619, total 42.7161
        TransactionRecord record = record(usage("1.82540", "10.0001", "18.2542"), usage("1.22310", "19.9999", "24.4619"),
                "30.0000", "42.7161");
        Result result = new PileBillCheck().check(platform, record);
        assertThat(result.verdict()).isEqualTo(Verdict.MATCH);
        assertThat(result.line(RateType.PEAK).energyDifference()).isEqualTo(d("-0.0001"));
        assertThat(result.totalAmountDifference()).isEqualTo(d("-0.0001"));
    }

    @Test
    void pileWithAnOldPeakPriceMismatchesAndPlatformPriceWins() {
        // pile bills 峰 at 1.72540: 10 × 1.7254 = 17.2540 → total 17.2540 + 24.4620 = 41.7160 (1 元 under-billed)
        TransactionRecord record = record(usage("1.72540", "10.0000", "17.2540"), usage("1.22310", "20.0000", "24.4620"),
                "30.0000", "41.7160");
        Result result = new PileBillCheck().check(platform, record);
        assertThat(result.verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(result.findings()).anySatisfy(f -> assertThat(f).contains("PEAK unit price")
                .contains("1.82540").contains("1.72540"));
        assertThat(result.findings()).anySatisfy(f -> assertThat(f).startsWith("PEAK amount"));
        assertThat(result.findings()).anySatisfy(f -> assertThat(f).startsWith("total amount"));
        assertThat(result.line(RateType.PEAK).amountDifference()).isEqualTo(d("1.0000"));
        assertThat(result.totalAmountDifference()).isEqualTo(d("1.0000"));
        assertThat(result.amountToBill(Authority.PLATFORM)).isEqualTo(d("42.7160"));
        assertThat(result.amountToBill(Authority.PILE)).isEqualTo(d("41.7160"));
    }

    @Test
    void differentEnergySplitMismatchesEvenWithTheSameTotal() {
        // pile put the edge 15 min later: 峰 10.5, 平 19.5 — same 30 kWh; 10.5 × 1.8254 = 19.1667, 19.5 × 1.2231 = 23.8505
        TransactionRecord record = record(usage("1.82540", "10.5000", "19.1667"), usage("1.22310", "19.5000", "23.8505"),
                "30.0000", "43.0172");
        Result result = new PileBillCheck().check(platform, record);
        assertThat(result.verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(result.findings()).anySatisfy(f -> assertThat(f).isEqualTo(
                "PEAK energy: platform 10.0000 kWh, pile 10.5000 kWh"));
        assertThat(result.findings()).noneSatisfy(f -> assertThat(f).startsWith("total energy"));
        assertThat(result.line(RateType.FLAT).energyDifference()).isEqualTo(d("0.5000"));
    }

    @Test
    void widerToleranceForInterpolatedReadings() {
        TransactionRecord record = record(usage("1.82540", "10.0040", "18.2613"), usage("1.22310", "19.9960", "24.4571"),
                "30.0000", "42.7184");
        assertThat(new PileBillCheck().check(platform, record).verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(new PileBillCheck(new Tolerance(d("0.01"), d("0.01"))).check(platform, record).verdict())
                .isEqualTo(Verdict.MATCH);
    }

    @Test
    void pileWhosePeriodsDoNotAddUpToItsTotalIsFlagged() {
        TransactionRecord record = record(usage("1.82540", "10.0000", "18.2540"), usage("1.22310", "20.0000", "24.4620"),
                "31.0000", "42.7160");
        Result result = new PileBillCheck().check(platform, record);
        assertThat(result.verdict()).isEqualTo(Verdict.MISMATCH);
        assertThat(result.findings()).contains("pile's periods add up to 30.0000 kWh but its total is 31.0000 kWh",
                "total energy: platform 30.0000 kWh, pile 31.0000 kWh");
    }

    @Test
    void zeroPricedUnusedPeriodsAreNotPriceMismatches() {
        // piles report 0 price for periods without energy; PeriodUsage.NONE for 尖 and 谷 above; here explicit zeros
        TransactionRecord record = record(usage("1.82540", "10.0000", "18.2540"), usage("1.22310", "20.0000", "24.4620"),
                "30.0000", "42.7160");
        assertThat(new PileBillCheck().check(platform, record).findings()).isEmpty();
    }

    private static PeriodUsage usage(String unitPrice, String energy, String amount) {
        return new PeriodUsage(d(unitPrice), d(energy), d(energy), d(amount));
    }

    private static TransactionRecord record(PeriodUsage peak, PeriodUsage flat, String totalEnergy, String totalAmount) {
        // only the fields the check reads matter; identity fields are the codec's concern
        return new TransactionRecord(null, null, 1, START, END, PeriodUsage.NONE, peak, flat, PeriodUsage.NONE,
                d("100.0000"), d("100.0000").add(d(totalEnergy)), d(totalEnergy), d(totalEnergy), d(totalAmount), null,
                null, END, null, null);
    }
}
