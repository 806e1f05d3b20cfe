package io.chargeops.core.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What one local day's settled orders add up to: how many, energy (kWh), order total, electricity and service fee (元). */
public record DayFigures(LocalDate day, long orders, BigDecimal energyKwh, BigDecimal totalAmount,
        BigDecimal electricityAmount, BigDecimal serviceAmount) {

    static DayFigures of(LocalDate day, Object[] row) {
        return new DayFigures(day, ((Number) row[0]).longValue(), dec(row[1]), dec(row[2]), dec(row[3]), dec(row[4]));
    }

    private static BigDecimal dec(Object v) {
        return v == null ? BigDecimal.ZERO : new BigDecimal(v.toString());
    }
}
