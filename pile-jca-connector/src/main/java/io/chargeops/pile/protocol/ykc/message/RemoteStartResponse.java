package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.RemoteStartFailure;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;

/** Reply to a remote start (0x33); after GUN_NOT_PLUGGED a late success may follow within 60 s. */
public record RemoteStartResponse(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        SuccessFlag result,
        RemoteStartFailure failureReason) implements PileMessage {

    public static final MessageType<RemoteStartResponse> TYPE = MessageType.of(0x33, Direction.PILE_TO_PLATFORM, "远程启机命令回复",
            RemoteStartResponse.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            code("result", SuccessFlag.class),
            code("failureReason", RemoteStartFailure.class));

    @Override
    public MessageType<RemoteStartResponse> messageType() {
        return TYPE;
    }
}
