package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.countedList;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.util.List;

/** Offline-card download (0x44), at most 15 cards per frame. */
public record OfflineCardSyncRequest(
        PileCode pileCode,
        List<OfflineCard> cards) implements PlatformMessage {

    public static final MessageType<OfflineCardSyncRequest> TYPE = MessageType.of(0x44, Direction.PLATFORM_TO_PILE, "离线卡数据同步",
            OfflineCardSyncRequest.class,
            Layout.PILE,
            countedList("cards", OfflineCard.FIELD, 15));

    public OfflineCardSyncRequest {
        cards = List.copyOf(cards);
    }

    @Override
    public MessageType<OfflineCardSyncRequest> messageType() {
        return TYPE;
    }
}
