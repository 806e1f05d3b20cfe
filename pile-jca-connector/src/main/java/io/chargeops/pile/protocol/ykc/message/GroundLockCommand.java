package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u32;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u8;

import io.chargeops.pile.protocol.ykc.types.LockCommand;
import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Raise or lower a parking lock (0x62). The gun number is binary here. */
public record GroundLockCommand(
        PileCode pileCode,
        int gunNo,
        LockCommand command,
        long reserved) implements PlatformMessage {

    public static final MessageType<GroundLockCommand> TYPE = MessageType.of(0x62, Direction.PLATFORM_TO_PILE, "遥控地锁升锁与降锁命令",
            GroundLockCommand.class,
            Layout.PILE,
            u8("gunNo"),
            code("command", LockCommand.class),
            u32("reserved"));

    @Override
    public MessageType<GroundLockCommand> messageType() {
        return TYPE;
    }
}
