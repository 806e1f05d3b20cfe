package io.chargeops.core.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a tariff version as callers give it: electricity and service fee per kWh (yuan, at most 5 decimals)
 * for each of the four rate types, and the rate type of each of the 48 half-hour slots of the local day (slot 0 =
 * 00:00–00:30).
 */
public record TariffPrices(Map<RateType, Rate> rates, List<RateType> slots) {

    public record Rate(BigDecimal electricityFee, BigDecimal serviceFee) {
    }

    public TariffPrices {
        // copies that keep nulls: a null entry is the caller's mistake, reported by validation, not an NPE here
        rates = rates == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(rates));
        slots = slots == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(slots));
    }
}
