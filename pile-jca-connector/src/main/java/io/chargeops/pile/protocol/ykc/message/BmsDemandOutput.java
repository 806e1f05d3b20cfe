package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.bits;
import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.intSlot;
import static io.chargeops.pile.protocol.ykc.wire.Fields.scaled;
import static io.chargeops.pile.protocol.ykc.wire.Fields.scaledSlot;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u16;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u8;

import io.chargeops.pile.protocol.ykc.types.ChargeMode;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import java.math.BigDecimal;

/** BMS demand and charger output (0x23, BCL/BCS/CCS), every 15 s while a DC gun charges. */
public record BmsDemandOutput(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        BigDecimal demandVoltage,
        BigDecimal demandCurrent,
        ChargeMode chargeMode,
        BigDecimal measuredVoltage,
        BigDecimal measuredCurrent,
        BigDecimal maxCellVoltage,
        int maxCellVoltageGroup,
        int soc,
        int remainingMinutes,
        BigDecimal pileOutputVoltage,
        BigDecimal pileOutputCurrent,
        int chargingMinutes) implements PileMessage {

    public static final MessageType<BmsDemandOutput> TYPE = MessageType.of(0x23, Direction.PILE_TO_PLATFORM, "充电过程 BMS 需求、充电机输出",
            BmsDemandOutput.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            scaled("demandVoltage", 2, 1),
            scaled("demandCurrent", 2, 1, -400),
            code("chargeMode", ChargeMode.class),
            scaled("measuredVoltage", 2, 1),
            scaled("measuredCurrent", 2, 1, -400),
            bits("maxCell", 2,
                    scaledSlot("maxCellVoltage", 12, 2),
                    intSlot("maxCellVoltageGroup", 4)),
            u8("soc"),
            u16("remainingMinutes"),
            scaled("pileOutputVoltage", 2, 1),
            scaled("pileOutputCurrent", 2, 1, -400),
            u16("chargingMinutes"));

    @Override
    public MessageType<BmsDemandOutput> messageType() {
        return TYPE;
    }
}
