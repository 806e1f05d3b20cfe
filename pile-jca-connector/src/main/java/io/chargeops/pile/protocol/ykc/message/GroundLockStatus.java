package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u32;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u8;

import io.chargeops.pile.protocol.ykc.types.LockAlarm;
import io.chargeops.pile.protocol.ykc.types.LockState;
import io.chargeops.pile.protocol.ykc.types.ParkingState;
import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Parking-lock status (0x61), on change and every 5 min. The gun number is binary here, not BCD. */
public record GroundLockStatus(
        PileCode pileCode,
        int gunNo,
        LockState lockState,
        ParkingState parkingState,
        int batteryPercent,
        LockAlarm alarm,
        long reserved) implements PileMessage {

    public static final MessageType<GroundLockStatus> TYPE = MessageType.of(0x61, Direction.PILE_TO_PLATFORM, "地锁数据上送",
            GroundLockStatus.class,
            Layout.PILE,
            u8("gunNo"),
            code("lockState", LockState.class),
            code("parkingState", ParkingState.class),
            u8("batteryPercent"),
            code("alarm", LockAlarm.class),
            u32("reserved"));

    @Override
    public MessageType<GroundLockStatus> messageType() {
        return TYPE;
    }
}
