package io.chargeops.core.tariff.pricing;

import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.TariffRate;
import io.chargeops.core.tariff.TariffSlot;
import io.chargeops.core.tariff.TariffTemplateVersion;
import io.chargeops.pile.protocol.ykc.message.BillingModel;
import io.chargeops.pile.protocol.ykc.message.Tariff;
import io.chargeops.pile.protocol.ykc.types.RatePeriod;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A day's time-of-use price list detached from JPA: unit prices per rate type and the rate type of each of the 48
 * half-hour slots of the operator's local day (slot 0 = 00:00–00:30). Detached so pricing needs no entity manager and
 * the same arithmetic runs on the platform's tariff version and on the billing model a pile reports.
 *
 * <p>Valid by construction: exactly 48 slots, no empty slot, every rate type a slot uses has a price (≥ 0, ≤ 5
 * decimals). A rate type no slot uses may stay unpriced; it is then priced at zero, as {@code BillingModels} sends it
 * to the pile.
 */
public record TouSchedule(Map<RateType, UnitPrice> prices, List<RateType> slots) {

    public static final int SLOTS = 48;
    public static final int SECONDS_PER_SLOT = 1800;

    public TouSchedule {
        if (prices == null || slots == null) {
            throw new InvalidTariffException("prices and slots are required");
        }
        if (slots.size() != SLOTS) {
            throw new InvalidTariffException("a TOU schedule needs " + SLOTS + " half-hour slots, got " + slots.size());
        }
        EnumMap<RateType, UnitPrice> copy = new EnumMap<>(RateType.class);
        for (Map.Entry<RateType, UnitPrice> e : prices.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new InvalidTariffException("null rate type or price in " + prices);
            }
            copy.put(e.getKey(), e.getValue());
        }
        for (int i = 0; i < SLOTS; i++) {
            RateType type = slots.get(i);
            if (type == null) {
                throw new InvalidTariffException("slot " + i + " (" + slotStart(i) + ") has no rate type");
            }
            if (!copy.containsKey(type)) {
                throw new InvalidTariffException("slot " + i + " (" + slotStart(i) + ") uses " + type
                        + " but " + type + " has no price");
            }
        }
        prices = Collections.unmodifiableMap(copy);
        slots = List.copyOf(slots);
    }

    /** From a platform tariff version: its rates and its 48 slots, each index 0..47 exactly once. */
    public static TouSchedule fromVersion(TariffTemplateVersion version) {
        EnumMap<RateType, UnitPrice> prices = new EnumMap<>(RateType.class);
        for (TariffRate rate : version.getRates()) {
            prices.put(rate.getRateType(), new UnitPrice(rate.getElectricityFee(), rate.getServiceFee()));
        }
        RateType[] bySlot = new RateType[SLOTS];
        for (TariffSlot slot : version.getSlots()) {
            int i = slot.getSlotIndex();
            if (i < 0 || i >= SLOTS) {
                throw new InvalidTariffException("slot index out of 0..47: " + i);
            }
            if (bySlot[i] != null) {
                throw new InvalidTariffException("slot " + i + " is defined twice");
            }
            bySlot[i] = slot.getRateType();
        }
        if (version.getSlots().size() != SLOTS) {
            throw new InvalidTariffException("tariff version " + version.getVersionNo() + " has "
                    + version.getSlots().size() + " slots, needs " + SLOTS);
        }
        return new TouSchedule(prices, Arrays.asList(bySlot));
    }

    /** From a YKC billing model (0x0A/0x58, or what a pile reports): all four tariffs are always present there. */
    public static TouSchedule fromBillingModel(BillingModel model) {
        EnumMap<RateType, UnitPrice> prices = new EnumMap<>(RateType.class);
        for (RatePeriod period : RatePeriod.values()) {
            Tariff tariff = model.tariff(period);
            if (tariff == null) {
                throw new InvalidTariffException("billing model " + model.id() + " has no " + period + " tariff");
            }
            prices.put(rateType(period), new UnitPrice(tariff.electricity(), tariff.service()));
        }
        List<RateType> slots = new ArrayList<>(model.slots().size());
        model.slots().forEach(p -> slots.add(p == null ? null : rateType(p)));
        return new TouSchedule(prices, slots);
    }

    /** YKC period and platform rate type share their wire codes 0..3. */
    public static RateType rateType(RatePeriod period) {
        return RateType.ofYkcCode(period.code());
    }

    public static RatePeriod ratePeriod(RateType type) {
        return RatePeriod.ofCode(type.ykcCode());
    }

    public static int slotIndex(LocalTime localTime) {
        return localTime.toSecondOfDay() / SECONDS_PER_SLOT;
    }

    /** Rate type in force at a local time of the operator's zone; a time exactly on a slot edge belongs to the later slot. */
    public RateType rateTypeAt(LocalTime localTime) {
        return slots.get(slotIndex(localTime));
    }

    public UnitPrice priceAt(LocalTime localTime) {
        return price(rateTypeAt(localTime));
    }

    /** The rate type's price; zero for a type no slot uses and the tariff left unpriced. */
    public UnitPrice price(RateType type) {
        return prices.getOrDefault(type, UnitPrice.ZERO);
    }

    private static LocalTime slotStart(int i) {
        return LocalTime.ofSecondOfDay((long) i * SECONDS_PER_SLOT);
    }
}
