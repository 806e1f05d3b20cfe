package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.UpdateStatus;

/** Outcome of a remote update (0x93), sent after the attempt. */
public record UpdateResponse(
        PileCode pileCode,
        UpdateStatus status) implements PileMessage {

    public static final MessageType<UpdateResponse> TYPE = MessageType.of(0x93, Direction.PILE_TO_PLATFORM, "远程更新应答",
            UpdateResponse.class,
            Layout.PILE,
            code("status", UpdateStatus.class));

    @Override
    public MessageType<UpdateResponse> messageType() {
        return TYPE;
    }
}
