package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.bits;
import static io.chargeops.pile.protocol.ykc.wire.Fields.intSlot;
import static io.chargeops.pile.protocol.ykc.wire.Fields.offset;
import static io.chargeops.pile.protocol.ykc.wire.Fields.slot;

import io.chargeops.pile.protocol.ykc.types.FlagStatus;
import io.chargeops.pile.protocol.ykc.types.LevelStatus;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;

/** BMS status (0x25, BSM), every 15 s while a DC gun charges. */
public record BmsInfo(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        int maxCellVoltageNumber,
        int maxBatteryTemperature,
        int maxTemperatureProbe,
        int minBatteryTemperature,
        int minTemperatureProbe,
        LevelStatus cellVoltageState,
        LevelStatus socState,
        FlagStatus overCurrent,
        FlagStatus overTemperature,
        FlagStatus insulationFault,
        FlagStatus outputConnectorFault,
        FlagStatus chargingAllowed,
        int reserved) implements PileMessage {

    public static final MessageType<BmsInfo> TYPE = MessageType.of(0x25, Direction.PILE_TO_PLATFORM, "充电过程 BMS 信息",
            BmsInfo.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            offset("maxCellVoltageNumber", 1, 1),
            offset("maxBatteryTemperature", 1, -50),
            offset("maxTemperatureProbe", 1, 1),
            offset("minBatteryTemperature", 1, -50),
            offset("minTemperatureProbe", 1, 1),
            bits("status", 2,
                    slot("cellVoltageState", 2, LevelStatus.class),
                    slot("socState", 2, LevelStatus.class),
                    slot("overCurrent", 2, FlagStatus.class),
                    slot("overTemperature", 2, FlagStatus.class),
                    slot("insulationFault", 2, FlagStatus.class),
                    slot("outputConnectorFault", 2, FlagStatus.class),
                    slot("chargingAllowed", 2, FlagStatus.class),
                    intSlot("reserved", 2)));

    @Override
    public MessageType<BmsInfo> messageType() {
        return TYPE;
    }
}
