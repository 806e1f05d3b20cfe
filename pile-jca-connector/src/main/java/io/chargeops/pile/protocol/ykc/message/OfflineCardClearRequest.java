package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.countedList;

import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.util.List;

/** Offline-card removal (0x46), at most 24 cards per frame. */
public record OfflineCardClearRequest(
        PileCode pileCode,
        List<PhysicalCardNo> cards) implements PlatformMessage {

    /**
     * Entries that fit the spec's 200-byte data-field limit. The spec also allows up to 24 per frame, which does not
     * fit that limit; send batches of at most this many unless both ends accept longer frames.
     */
    public static final int MAX_ENTRIES_WITHIN_200_BYTES = 23;

    public static final MessageType<OfflineCardClearRequest> TYPE = MessageType.of(0x46, Direction.PLATFORM_TO_PILE, "离线卡数据清除",
            OfflineCardClearRequest.class,
            Layout.PILE,
            countedList("cards", Layout.card("card"), 24));

    public OfflineCardClearRequest {
        cards = List.copyOf(cards);
    }

    @Override
    public MessageType<OfflineCardClearRequest> messageType() {
        return TYPE;
    }
}
