package io.chargeops.core.tariff.pricing;

import io.chargeops.core.tariff.RateType;
import java.math.BigDecimal;

/** A rate type's amounts (4 decimals) as they stand at some step of the adjustment chain. */
public record ChargeLine(RateType rateType, BigDecimal energy, BigDecimal electricityAmount, BigDecimal serviceAmount) {

    static ChargeLine of(RateLine line) {
        return new ChargeLine(line.rateType(), line.energy(), line.electricityAmount(), line.serviceAmount());
    }

    public BigDecimal amount() {
        return electricityAmount.add(serviceAmount);
    }
}
