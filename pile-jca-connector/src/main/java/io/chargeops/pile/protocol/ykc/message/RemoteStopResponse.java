package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.RemoteStopFailure;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;

/** Reply to a remote stop (0x35). */
public record RemoteStopResponse(
        PileCode pileCode,
        int gunNo,
        SuccessFlag result,
        RemoteStopFailure failureReason) implements PileMessage {

    public static final MessageType<RemoteStopResponse> TYPE = MessageType.of(0x35, Direction.PILE_TO_PLATFORM, "远程停机命令回复",
            RemoteStopResponse.class,
            Layout.PILE,
            Layout.GUN,
            code("result", SuccessFlag.class),
            code("failureReason", RemoteStopFailure.class));

    @Override
    public MessageType<RemoteStopResponse> messageType() {
        return TYPE;
    }
}
