package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.bits;
import static io.chargeops.pile.protocol.ykc.wire.Fields.intSlot;
import static io.chargeops.pile.protocol.ykc.wire.Fields.slot;

import io.chargeops.pile.protocol.ykc.types.FlagStatus;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;

/** GB/T 27930 BMS-initiated stop (0x1D, BST) as two-bit states. */
public record BmsStop(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        FlagStatus socTargetReached,
        FlagStatus totalVoltageReached,
        FlagStatus cellVoltageReached,
        FlagStatus chargerInitiated,
        FlagStatus insulationFault,
        FlagStatus outputConnectorOverTemperature,
        FlagStatus bmsComponentOverTemperature,
        FlagStatus chargingConnectorFault,
        FlagStatus batteryOverTemperature,
        FlagStatus highVoltageRelayFault,
        FlagStatus checkpoint2VoltageFault,
        FlagStatus otherFault,
        FlagStatus overCurrent,
        FlagStatus voltageAbnormal,
        int reserved) implements PileMessage {

    public static final MessageType<BmsStop> TYPE = MessageType.of(0x1D, Direction.PILE_TO_PLATFORM, "充电阶段 BMS 中止",
            BmsStop.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            bits("reason", 1,
                    slot("socTargetReached", 2, FlagStatus.class),
                    slot("totalVoltageReached", 2, FlagStatus.class),
                    slot("cellVoltageReached", 2, FlagStatus.class),
                    slot("chargerInitiated", 2, FlagStatus.class)),
            bits("fault", 2,
                    slot("insulationFault", 2, FlagStatus.class),
                    slot("outputConnectorOverTemperature", 2, FlagStatus.class),
                    slot("bmsComponentOverTemperature", 2, FlagStatus.class),
                    slot("chargingConnectorFault", 2, FlagStatus.class),
                    slot("batteryOverTemperature", 2, FlagStatus.class),
                    slot("highVoltageRelayFault", 2, FlagStatus.class),
                    slot("checkpoint2VoltageFault", 2, FlagStatus.class),
                    slot("otherFault", 2, FlagStatus.class)),
            bits("error", 1,
                    slot("overCurrent", 2, FlagStatus.class),
                    slot("voltageAbnormal", 2, FlagStatus.class),
                    intSlot("reserved", 4)));

    @Override
    public MessageType<BmsStop> messageType() {
        return TYPE;
    }
}
