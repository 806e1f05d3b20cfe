package io.chargeops.core.tariff.pricing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Cumulative energy of a session at an instant (e.g. 0x13 real-time data every 15 s: "charged kWh" with the instant the
 * platform received it). Validation of order and sign is the calculator's job because it needs the neighbours.
 */
public record MeterReading(Instant at, BigDecimal cumulativeKwh) {

    public static MeterReading of(Instant at, String cumulativeKwh) {
        return new MeterReading(at, new BigDecimal(cumulativeKwh));
    }
}
