package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.fixedList;
import static io.chargeops.pile.protocol.ykc.wire.Fields.struct;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u8;

import io.chargeops.pile.protocol.ykc.types.BillingModelId;
import io.chargeops.pile.protocol.ykc.types.RatePeriod;
import io.chargeops.pile.protocol.ykc.wire.Fields;
import io.chargeops.pile.protocol.ykc.wire.RecordSchema;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;

/**
 * A billing model as carried by 0x0A and 0x58: four tariffs (尖峰平谷), a loss ratio the platform keeps at 0, and
 * which tariff applies to each of the 48 half-hour slots of the day, slot 0 being 00:00–00:30.
 */
public record BillingModel(
        BillingModelId id,
        Tariff sharp,
        Tariff peak,
        Tariff flat,
        Tariff valley,
        int lossRatio,
        List<RatePeriod> slots) {

    public static final int SLOTS = 48;

    static final Fields.Struct<BillingModel> FIELD = struct("model", RecordSchema.of(BillingModel.class,
            Layout.MODEL_ID,
            struct("sharp", Tariff.SCHEMA),
            struct("peak", Tariff.SCHEMA),
            struct("flat", Tariff.SCHEMA),
            struct("valley", Tariff.SCHEMA),
            u8("lossRatio"),
            fixedList("slots", code("slot", RatePeriod.class), SLOTS)));

    public BillingModel {
        slots = List.copyOf(slots);
    }

    /** A model with one tariff period for the whole day. */
    public static BillingModel flatRate(BillingModelId id, Tariff tariff) {
        return new BillingModel(id, tariff, tariff, tariff, tariff, 0, Collections.nCopies(SLOTS, RatePeriod.FLAT));
    }

    public Tariff tariff(RatePeriod period) {
        return switch (period) {
            case SHARP -> sharp;
            case PEAK -> peak;
            case FLAT -> flat;
            case VALLEY -> valley;
        };
    }

    /** The tariff period in force at a local time of day. */
    public RatePeriod periodAt(LocalTime time) {
        return slots.get(time.getHour() * 2 + (time.getMinute() >= 30 ? 1 : 0));
    }
}
