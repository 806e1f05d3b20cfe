package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.offset;
import static io.chargeops.pile.protocol.ykc.wire.Fields.scaled;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import java.math.BigDecimal;

/** GB/T 27930 parameter configuration (0x17, BCP/CML). Currents carry the standard −400 A offset. */
public record ParameterConfig(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        BigDecimal cellMaxVoltage,
        BigDecimal maxChargeCurrent,
        BigDecimal nominalEnergy,
        BigDecimal maxChargeVoltage,
        int maxTemperature,
        BigDecimal soc,
        BigDecimal batteryVoltage,
        BigDecimal pileMaxOutputVoltage,
        BigDecimal pileMinOutputVoltage,
        BigDecimal pileMaxOutputCurrent,
        BigDecimal pileMinOutputCurrent) implements PileMessage {

    public static final MessageType<ParameterConfig> TYPE = MessageType.of(0x17, Direction.PILE_TO_PLATFORM, "参数配置",
            ParameterConfig.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            scaled("cellMaxVoltage", 2, 2),
            scaled("maxChargeCurrent", 2, 1, -400),
            scaled("nominalEnergy", 2, 1),
            scaled("maxChargeVoltage", 2, 1),
            offset("maxTemperature", 1, -50),
            scaled("soc", 2, 1),
            scaled("batteryVoltage", 2, 1),
            scaled("pileMaxOutputVoltage", 2, 1),
            scaled("pileMinOutputVoltage", 2, 1),
            scaled("pileMaxOutputCurrent", 2, 1, -400),
            scaled("pileMinOutputCurrent", 2, 1, -400));

    @Override
    public MessageType<ParameterConfig> messageType() {
        return TYPE;
    }
}
