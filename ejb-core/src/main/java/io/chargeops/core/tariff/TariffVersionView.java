package io.chargeops.core.tariff;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One version of a tariff template: its prices, its 48 slots, when it takes effect and whether it is in force. */
public record TariffVersionView(Long id, int versionNo, String modelNo, Instant effectiveFrom, Instant activatedAt,
                                boolean inForce, List<RateView> rates, List<RateType> slots, String createdBy,
                                Instant createdAt) {

    /** Fees per kWh of one rate type, 5 decimals. */
    public record RateView(RateType rateType, BigDecimal electricityFee, BigDecimal serviceFee) {
    }
}
