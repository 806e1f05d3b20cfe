package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;

/** Reply to a remote reboot (0x91). */
public record RebootResponse(
        PileCode pileCode,
        SuccessFlag result) implements PileMessage {

    public static final MessageType<RebootResponse> TYPE = MessageType.of(0x91, Direction.PILE_TO_PLATFORM, "远程重启应答",
            RebootResponse.class,
            Layout.PILE,
            code("result", SuccessFlag.class));

    @Override
    public MessageType<RebootResponse> messageType() {
        return TYPE;
    }
}
