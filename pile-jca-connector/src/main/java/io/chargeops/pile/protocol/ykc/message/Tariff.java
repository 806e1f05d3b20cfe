package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.scaled;

import io.chargeops.pile.protocol.ykc.wire.RecordSchema;
import java.math.BigDecimal;

/** Electricity and service rate of one tariff period, in yuan per kWh with 5 decimals (the wire resolution). */
public record Tariff(BigDecimal electricity, BigDecimal service) {
    static final RecordSchema<Tariff> SCHEMA = RecordSchema.of(Tariff.class,
            scaled("electricity", 4, 5),
            scaled("service", 4, 5));

    /** What the pile bills per kWh in this period, and what 0x3B reports as the period's unit price. */
    public BigDecimal unitPrice() {
        return electricity.add(service);
    }
}
