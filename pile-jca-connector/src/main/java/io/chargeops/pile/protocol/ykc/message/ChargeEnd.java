package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.offset;
import static io.chargeops.pile.protocol.ykc.wire.Fields.scaled;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u16;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u32;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u8;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import java.math.BigDecimal;

/** GB/T 27930 end-of-charge statistics (0x19, BSD/CSD). Output energy has only 0.1 kWh resolution here. */
public record ChargeEnd(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        int endSoc,
        BigDecimal cellMinVoltage,
        BigDecimal cellMaxVoltage,
        int minTemperature,
        int maxTemperature,
        int chargingMinutes,
        BigDecimal outputEnergy,
        long chargerNumber) implements PileMessage {

    public static final MessageType<ChargeEnd> TYPE = MessageType.of(0x19, Direction.PILE_TO_PLATFORM, "充电结束",
            ChargeEnd.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            u8("endSoc"),
            scaled("cellMinVoltage", 2, 2),
            scaled("cellMaxVoltage", 2, 2),
            offset("minTemperature", 1, -50),
            offset("maxTemperature", 1, -50),
            u16("chargingMinutes"),
            scaled("outputEnergy", 2, 1),
            u32("chargerNumber"));

    @Override
    public MessageType<ChargeEnd> messageType() {
        return TYPE;
    }
}
