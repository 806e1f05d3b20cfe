package io.chargeops.core.tariff.pricing;

import static io.chargeops.core.tariff.pricing.Schedules.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.TariffTemplate;
import io.chargeops.core.tariff.TariffTemplateVersion;
import io.chargeops.pile.protocol.ykc.message.BillingModel;
import io.chargeops.pile.protocol.ykc.message.Tariff;
import io.chargeops.pile.protocol.ykc.types.BillingModelId;
import io.chargeops.pile.protocol.ykc.types.RatePeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TouScheduleTest {

    @Test
    void seedScheduleGivesRateTypeAndPricesAtAnyLocalTime() {
        TouSchedule s = Schedules.seed();
        assertThat(s.rateTypeAt(LocalTime.of(0, 0))).isEqualTo(RateType.VALLEY);
        assertThat(s.rateTypeAt(LocalTime.of(7, 59, 59, 999_999_999))).isEqualTo(RateType.VALLEY);
        assertThat(s.rateTypeAt(LocalTime.of(8, 0))).as("slot edge belongs to the later slot").isEqualTo(RateType.PEAK);
        assertThat(s.rateTypeAt(LocalTime.of(10, 59, 59))).isEqualTo(RateType.PEAK);
        assertThat(s.rateTypeAt(LocalTime.of(11, 0))).isEqualTo(RateType.FLAT);
        assertThat(s.rateTypeAt(LocalTime.of(14, 30))).isEqualTo(RateType.SHARP);
        assertThat(s.rateTypeAt(LocalTime.of(23, 59, 59))).isEqualTo(RateType.FLAT);
        UnitPrice peak = s.priceAt(LocalTime.of(9, 15));
        assertThat(peak.electricityFee()).isEqualTo(d("1.02540"));
        assertThat(peak.serviceFee()).isEqualTo(d("0.80000"));
        assertThat(peak.total()).isEqualTo(d("1.82540"));
    }

    @Test
    void billingModelAndTariffVersionGiveTheSameSchedule() {
        TariffTemplateVersion v = Schedules.seedVersion();
        List<RatePeriod> slots = new ArrayList<>();
        v.getSlots().forEach(slot -> slots.add(RatePeriod.ofCode(slot.getRateType().ykcCode())));
        BillingModel model = new BillingModel(BillingModelId.of("0001"), new Tariff(d("1.18520"), d("0.80000")),
                new Tariff(d("1.02540"), d("0.80000")), new Tariff(d("0.62310"), d("0.60000")),
                new Tariff(d("0.28560"), d("0.40000")), 0, slots);
        assertThat(TouSchedule.fromBillingModel(model)).isEqualTo(TouSchedule.fromVersion(v));
    }

    @Test
    void pricesAreNormalisedToFiveDecimals() {
        UnitPrice p = UnitPrice.of("1.1", "0");
        assertThat(p.electricityFee()).isEqualTo(d("1.10000"));
        assertThat(p.serviceFee()).isEqualTo(d("0.00000"));
        assertThat(UnitPrice.of("1.100000", "0")).as("trailing zeros beyond 5 decimals are harmless").isEqualTo(p);
    }

    @Test
    void refusesBadPrices() {
        assertThatThrownBy(() -> UnitPrice.of("1.000001", "0")).isInstanceOf(InvalidTariffException.class)
                .hasMessageContaining("more than 5 decimals");
        assertThatThrownBy(() -> UnitPrice.of("-0.1", "0")).isInstanceOf(InvalidTariffException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new UnitPrice(null, BigDecimal.ONE)).isInstanceOf(InvalidTariffException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void refusesWrongSlotCount() {
        Map<RateType, UnitPrice> prices = Map.of(RateType.FLAT, UnitPrice.of("1", "0"));
        assertThatThrownBy(() -> new TouSchedule(prices, Collections.nCopies(47, RateType.FLAT)))
                .isInstanceOf(InvalidTariffException.class).hasMessageContaining("48").hasMessageContaining("47");
        TariffTemplateVersion v = new TariffTemplate(1L, "t", "0002").newVersion(Instant.EPOCH);
        v.setRate(RateType.FLAT, BigDecimal.ONE, BigDecimal.ZERO);
        v.assignSlots(0, 40, RateType.FLAT);
        assertThatThrownBy(() -> TouSchedule.fromVersion(v)).isInstanceOf(InvalidTariffException.class)
                .hasMessageContaining("40 slots");
    }

    @Test
    void refusesAUsedRateTypeWithoutPrice() {
        List<RateType> slots = new ArrayList<>(Collections.nCopies(48, RateType.FLAT));
        slots.set(22, RateType.PEAK);
        Map<RateType, UnitPrice> prices = new EnumMap<>(RateType.class);
        prices.put(RateType.FLAT, UnitPrice.of("1", "0"));
        assertThatThrownBy(() -> new TouSchedule(prices, slots)).isInstanceOf(InvalidTariffException.class)
                .hasMessageContaining("slot 22 (11:00) uses PEAK but PEAK has no price");
        slots.set(3, null);
        assertThatThrownBy(() -> new TouSchedule(prices, slots)).isInstanceOf(InvalidTariffException.class)
                .hasMessageContaining("slot 3");
    }

    @Test
    void anUnusedRateTypeMayStayUnpricedAndPricesAtZero() {
        TouSchedule s = new TouSchedule(Map.of(RateType.FLAT, UnitPrice.of("1", "0.5")),
                Collections.nCopies(48, RateType.FLAT));
        assertThat(s.price(RateType.SHARP)).isEqualTo(UnitPrice.ZERO);
        assertThat(s.priceAt(LocalTime.NOON).total()).isEqualTo(d("1.50000"));
    }

    @Test
    void isImmutable() {
        List<RateType> slots = new ArrayList<>(Collections.nCopies(48, RateType.FLAT));
        TouSchedule s = new TouSchedule(Map.of(RateType.FLAT, UnitPrice.of("1", "0")), slots);
        slots.set(0, RateType.PEAK);
        assertThat(s.slots().get(0)).isEqualTo(RateType.FLAT);
        assertThatThrownBy(() -> s.slots().set(0, RateType.PEAK)).isInstanceOf(UnsupportedOperationException.class);
    }
}
