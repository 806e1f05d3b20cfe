package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.countedList;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.util.List;

/** Offline-card download (0x44), at most 15 cards per frame. */
public record OfflineCardSyncRequest(
        PileCode pileCode,
        List<OfflineCard> cards) implements PlatformMessage {

    /**
     * Entries that fit the spec's 200-byte data-field limit. The spec also allows up to 15 per frame, which does not
     * fit that limit; send batches of at most this many unless both ends accept longer frames.
     */
    public static final int MAX_ENTRIES_WITHIN_200_BYTES = 11;

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
