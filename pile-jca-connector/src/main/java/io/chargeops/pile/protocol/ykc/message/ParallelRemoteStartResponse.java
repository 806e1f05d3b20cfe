package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.GunRole;
import io.chargeops.pile.protocol.ykc.types.ParallelSerial;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.RemoteStartFailure;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;

/** Reply to a remote parallel start (0xA3): the 0x33 body plus gun role and parallel serial. */
public record ParallelRemoteStartResponse(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        SuccessFlag result,
        RemoteStartFailure failureReason,
        GunRole role,
        ParallelSerial parallelSerial) implements PileMessage {

    public static final MessageType<ParallelRemoteStartResponse> TYPE = MessageType.of(0xA3, Direction.PILE_TO_PLATFORM, "远程并充启机命令回复",
            ParallelRemoteStartResponse.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            code("result", SuccessFlag.class),
            code("failureReason", RemoteStartFailure.class),
            code("role", GunRole.class),
            Layout.PARALLEL_SERIAL);

    @Override
    public MessageType<ParallelRemoteStartResponse> messageType() {
        return TYPE;
    }
}
