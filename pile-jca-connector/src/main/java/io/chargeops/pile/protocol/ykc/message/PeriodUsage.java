package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.scaled;
import static io.chargeops.pile.protocol.ykc.wire.Fields.struct;

import io.chargeops.pile.protocol.ykc.wire.Fields;
import io.chargeops.pile.protocol.ykc.wire.RecordSchema;
import java.math.BigDecimal;

/**
 * One tariff period's share of a transaction record: unit price (electricity + service, yuan/kWh, 5 decimals), energy
 * and loss-adjusted energy (kWh, 4 decimals) and amount (yuan, 4 decimals).
 */
public record PeriodUsage(BigDecimal unitPrice, BigDecimal energy, BigDecimal lossEnergy, BigDecimal amount) {
    public static final PeriodUsage NONE = new PeriodUsage(new BigDecimal("0.00000"), new BigDecimal("0.0000"),
            new BigDecimal("0.0000"), new BigDecimal("0.0000"));

    private static final RecordSchema<PeriodUsage> SCHEMA = RecordSchema.of(PeriodUsage.class,
            scaled("unitPrice", 4, 5),
            scaled("energy", 4, 4),
            scaled("lossEnergy", 4, 4),
            scaled("amount", 4, 4));

    static Fields.Struct<PeriodUsage> field(String name) {
        return struct(name, SCHEMA);
    }
}
