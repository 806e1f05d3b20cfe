package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.bits;
import static io.chargeops.pile.protocol.ykc.wire.Fields.intSlot;
import static io.chargeops.pile.protocol.ykc.wire.Fields.slot;

import io.chargeops.pile.protocol.ykc.types.FlagStatus;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;

/** GB/T 27930 charger-initiated stop (0x21, CST) as two-bit states. */
public record ChargerStop(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        FlagStatus conditionReached,
        FlagStatus manualStop,
        FlagStatus abnormalStop,
        FlagStatus bmsInitiated,
        FlagStatus chargerOverTemperature,
        FlagStatus connectorFault,
        FlagStatus internalOverTemperature,
        FlagStatus energyNotDeliverable,
        FlagStatus emergencyStop,
        FlagStatus otherFault,
        int reservedFault,
        FlagStatus currentMismatch,
        FlagStatus voltageAbnormal,
        int reserved) implements PileMessage {

    public static final MessageType<ChargerStop> TYPE = MessageType.of(0x21, Direction.PILE_TO_PLATFORM, "充电阶段充电机中止",
            ChargerStop.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            bits("reason", 1,
                    slot("conditionReached", 2, FlagStatus.class),
                    slot("manualStop", 2, FlagStatus.class),
                    slot("abnormalStop", 2, FlagStatus.class),
                    slot("bmsInitiated", 2, FlagStatus.class)),
            bits("fault", 2,
                    slot("chargerOverTemperature", 2, FlagStatus.class),
                    slot("connectorFault", 2, FlagStatus.class),
                    slot("internalOverTemperature", 2, FlagStatus.class),
                    slot("energyNotDeliverable", 2, FlagStatus.class),
                    slot("emergencyStop", 2, FlagStatus.class),
                    slot("otherFault", 2, FlagStatus.class),
                    intSlot("reservedFault", 4)),
            bits("error", 1,
                    slot("currentMismatch", 2, FlagStatus.class),
                    slot("voltageAbnormal", 2, FlagStatus.class),
                    intSlot("reserved", 4)));

    @Override
    public MessageType<ChargerStop> messageType() {
        return TYPE;
    }
}
