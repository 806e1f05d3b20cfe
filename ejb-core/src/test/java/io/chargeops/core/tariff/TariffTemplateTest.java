package io.chargeops.core.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TariffTemplateTest {

    @Test
    void versionInForceIsTheLatestEffectiveOneNotInTheFuture() {
        TariffTemplate t = new TariffTemplate(1L, "t", "0001");
        TariffTemplateVersion v1 = t.newVersion(Instant.parse("2026-01-01T00:00:00Z"));
        TariffTemplateVersion v2 = t.newVersion(Instant.parse("2026-07-01T00:00:00Z"));
        assertThat(v2.getVersionNo()).isEqualTo(2);
        assertThat(t.versionInForceAt(Instant.parse("2025-12-31T23:59:59Z"))).isEmpty();
        assertThat(t.versionInForceAt(Instant.parse("2026-06-30T23:59:59Z"))).contains(v1);
        assertThat(t.versionInForceAt(Instant.parse("2026-07-01T00:00:00Z"))).contains(v2);
    }

    @Test
    void slotsMapLocalHalfHoursToRateTypes() {
        TariffTemplateVersion v = new TariffTemplate(1L, "t", "0001").newVersion(Instant.EPOCH);
        v.assignSlots(0, 48, RateType.FLAT);
        v.assignSlots(16, 22, RateType.PEAK);
        assertThat(v.rateTypeAt(LocalTime.of(7, 59, 59))).isEqualTo(RateType.FLAT);
        assertThat(v.rateTypeAt(LocalTime.of(8, 0))).isEqualTo(RateType.PEAK);
        assertThat(v.rateTypeAt(LocalTime.of(10, 59))).isEqualTo(RateType.PEAK);
        assertThat(v.rateTypeAt(LocalTime.of(11, 0))).isEqualTo(RateType.FLAT);
        assertThat(v.getSlots()).hasSize(48);
        assertThat(v.isComplete()).as("PEAK and FLAT unpriced").isFalse();
        v.setRate(RateType.PEAK, new BigDecimal("1.0254"), new BigDecimal("0.8"));
        v.setRate(RateType.FLAT, new BigDecimal("0.6231"), new BigDecimal("0.6"));
        assertThat(v.isComplete()).isTrue();
        assertThat(v.rate(RateType.PEAK).getTotalFee()).isEqualByComparingTo("1.82540");
    }

    @Test
    void pricesKeepFiveDecimalsAndRefuseMore() {
        TariffTemplateVersion v = new TariffTemplate(1L, "t", "0001").newVersion(Instant.EPOCH);
        assertThat(v.setRate(RateType.VALLEY, new BigDecimal("0.2856"), BigDecimal.ZERO).getElectricityFee())
                .hasToString("0.28560");
        assertThatThrownBy(() -> v.setRate(RateType.VALLEY, new BigDecimal("0.285601"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> v.setRate(RateType.VALLEY, new BigDecimal("-1"), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ykcRateNumbersFollowSharpPeakFlatValley() {
        assertThat(RateType.ofYkcCode(0)).isEqualTo(RateType.SHARP);
        assertThat(RateType.ofYkcCode(3)).isEqualTo(RateType.VALLEY);
        assertThat(RateType.PEAK.ykcCode()).isEqualTo(1);
        assertThatThrownBy(() -> new TariffTemplate(1L, "t", "12")).isInstanceOf(IllegalArgumentException.class);
    }
}
