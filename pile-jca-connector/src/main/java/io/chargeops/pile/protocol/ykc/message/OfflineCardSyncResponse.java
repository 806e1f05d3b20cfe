package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.OfflineCardSyncFailure;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;

/** Reply to an offline-card download (0x43). */
public record OfflineCardSyncResponse(
        PileCode pileCode,
        SuccessFlag result,
        OfflineCardSyncFailure failureReason) implements PileMessage {

    public static final MessageType<OfflineCardSyncResponse> TYPE = MessageType.of(0x43, Direction.PILE_TO_PLATFORM, "离线卡数据同步应答",
            OfflineCardSyncResponse.class,
            Layout.PILE,
            code("result", SuccessFlag.class),
            code("failureReason", OfflineCardSyncFailure.class));

    @Override
    public MessageType<OfflineCardSyncResponse> messageType() {
        return TYPE;
    }
}
