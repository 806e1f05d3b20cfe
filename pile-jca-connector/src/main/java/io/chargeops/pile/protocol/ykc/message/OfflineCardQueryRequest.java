package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.countedList;

import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.util.List;

/** Offline-card query (0x48), at most 26 cards per frame. */
public record OfflineCardQueryRequest(
        PileCode pileCode,
        List<PhysicalCardNo> cards) implements PlatformMessage {

    /**
     * Entries that fit the spec's 200-byte data-field limit. The spec also allows up to 26 per frame, which does not
     * fit that limit; send batches of at most this many unless both ends accept longer frames.
     */
    public static final int MAX_ENTRIES_WITHIN_200_BYTES = 23;

    public static final MessageType<OfflineCardQueryRequest> TYPE = MessageType.of(0x48, Direction.PLATFORM_TO_PILE, "离线卡数据查询",
            OfflineCardQueryRequest.class,
            Layout.PILE,
            countedList("cards", Layout.card("card"), 26));

    public OfflineCardQueryRequest {
        cards = List.copyOf(cards);
    }

    @Override
    public MessageType<OfflineCardQueryRequest> messageType() {
        return TYPE;
    }
}
