package io.chargeops.core.tariff.pricing;

import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.TariffTemplate;
import io.chargeops.core.tariff.TariffTemplateVersion;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Test fixtures: the demo seed's TOU pattern (db/seed S001, 江苏工商业分时) and helpers. */
final class Schedules {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private Schedules() {
    }

    /**
     * 谷 00-08, 峰 08-11 17-20 21-22, 平 11-14 15-17 22-24, 尖 14-15 20-21; prices (electricity + service):
     * 尖 1.18520 + 0.80000, 峰 1.02540 + 0.80000, 平 0.62310 + 0.60000, 谷 0.28560 + 0.40000.
     */
    static TariffTemplateVersion seedVersion() {
        TariffTemplateVersion v = new TariffTemplate(1L, "demo", "0001").newVersion(Instant.EPOCH);
        v.setRate(RateType.SHARP, new BigDecimal("1.18520"), new BigDecimal("0.80000"));
        v.setRate(RateType.PEAK, new BigDecimal("1.02540"), new BigDecimal("0.80000"));
        v.setRate(RateType.FLAT, new BigDecimal("0.62310"), new BigDecimal("0.60000"));
        v.setRate(RateType.VALLEY, new BigDecimal("0.28560"), new BigDecimal("0.40000"));
        v.assignSlots(0, 16, RateType.VALLEY);
        v.assignSlots(16, 22, RateType.PEAK);
        v.assignSlots(22, 28, RateType.FLAT);
        v.assignSlots(28, 30, RateType.SHARP);
        v.assignSlots(30, 34, RateType.FLAT);
        v.assignSlots(34, 40, RateType.PEAK);
        v.assignSlots(40, 42, RateType.SHARP);
        v.assignSlots(42, 44, RateType.PEAK);
        v.assignSlots(44, 48, RateType.FLAT);
        return v;
    }

    static TouSchedule seed() {
        return TouSchedule.fromVersion(seedVersion());
    }

    static ChargingPriceCalculator calculator() {
        return new ChargingPriceCalculator(seed(), SHANGHAI);
    }

    /** An instant given as Shanghai local time, e.g. "2026-03-02T10:45". */
    static Instant sh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static MeterReading r(String localDateTime, String kwh) {
        return MeterReading.of(sh(localDateTime), kwh);
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }
}
