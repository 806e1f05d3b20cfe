package io.chargeops.core.ops;

import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.TariffPrices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

final class Prices {

    private Prices() {
    }

    /** The demo prices with every fee raised by {@code plus}; valley 00-08, peak 08-11, flat the rest. */
    static TariffPrices demoPlus(String plus) {
        BigDecimal p = new BigDecimal(plus);
        Map<RateType, TariffPrices.Rate> rates = Map.of(
                RateType.SHARP, new TariffPrices.Rate(new BigDecimal("1.18520").add(p), new BigDecimal("0.80000")),
                RateType.PEAK, new TariffPrices.Rate(new BigDecimal("1.02540").add(p), new BigDecimal("0.80000")),
                RateType.FLAT, new TariffPrices.Rate(new BigDecimal("0.62310").add(p), new BigDecimal("0.60000")),
                RateType.VALLEY, new TariffPrices.Rate(new BigDecimal("0.28560").add(p), new BigDecimal("0.40000")));
        List<RateType> slots = new ArrayList<>(Collections.nCopies(16, RateType.VALLEY));
        slots.addAll(Collections.nCopies(6, RateType.PEAK));
        slots.addAll(Collections.nCopies(26, RateType.FLAT));
        return new TariffPrices(rates, slots);
    }
}
