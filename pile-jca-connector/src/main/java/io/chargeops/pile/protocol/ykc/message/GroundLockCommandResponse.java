package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u32;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u8;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;

/** Reply to a parking-lock command (0x63). */
public record GroundLockCommandResponse(
        PileCode pileCode,
        int gunNo,
        SuccessFlag result,
        long reserved) implements PileMessage {

    public static final MessageType<GroundLockCommandResponse> TYPE = MessageType.of(0x63, Direction.PILE_TO_PLATFORM, "充电桩返回数据（上行）",
            GroundLockCommandResponse.class,
            Layout.PILE,
            u8("gunNo"),
            code("result", SuccessFlag.class),
            u32("reserved"));

    @Override
    public MessageType<GroundLockCommandResponse> messageType() {
        return TYPE;
    }
}
