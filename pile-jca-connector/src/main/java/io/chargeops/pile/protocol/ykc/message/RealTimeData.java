package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.bool;
import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.hex;
import static io.chargeops.pile.protocol.ykc.wire.Fields.offset;
import static io.chargeops.pile.protocol.ykc.wire.Fields.scaled;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u16;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u8;

import io.chargeops.pile.protocol.ykc.types.GunHomed;
import io.chargeops.pile.protocol.ykc.types.GunStatus;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import java.math.BigDecimal;

/** Real-time data (0x13): every 15 s while charging, every 5 min idle, on every state change and on request. */
public record RealTimeData(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        GunStatus status,
        GunHomed homed,
        boolean plugged,
        BigDecimal outputVoltage,
        BigDecimal outputCurrent,
        int gunTemperature,
        String gunCableCode,
        int soc,
        int batteryMaxTemperature,
        int chargingMinutes,
        int remainingMinutes,
        BigDecimal energy,
        BigDecimal lossEnergy,
        BigDecimal amount,
        int hardwareFaults) implements PileMessage {

    public static final MessageType<RealTimeData> TYPE = MessageType.of(0x13, Direction.PILE_TO_PLATFORM, "上传实时监测数据",
            RealTimeData.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            code("status", GunStatus.class),
            code("homed", GunHomed.class),
            bool("plugged"),
            scaled("outputVoltage", 2, 1),
            scaled("outputCurrent", 2, 1),
            offset("gunTemperature", 1, -50),
            hex("gunCableCode", 8),
            u8("soc"),
            offset("batteryMaxTemperature", 1, -50),
            u16("chargingMinutes"),
            u16("remainingMinutes"),
            scaled("energy", 4, 4),
            scaled("lossEnergy", 4, 4),
            scaled("amount", 4, 4),
            u16("hardwareFaults"));

    /** The hardware-fault bit field as named faults. */
    public java.util.Set<HardwareFault> faults() {
        return HardwareFault.fromBits(hardwareFaults);
    }

    @Override
    public MessageType<RealTimeData> messageType() {
        return TYPE;
    }
}
