package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.trailingList;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.util.List;

/** Reply to an offline-card removal (0x45): one entry per card, running to the end of the body. */
public record OfflineCardClearResponse(
        PileCode pileCode,
        List<CardClearResult> results) implements PileMessage {

    /**
     * Entries that fit the spec's 200-byte data-field limit. The spec also allows up to 24 per frame, which does not
     * fit that limit; send batches of at most this many unless both ends accept longer frames.
     */
    public static final int MAX_ENTRIES_WITHIN_200_BYTES = 18;

    public static final MessageType<OfflineCardClearResponse> TYPE = MessageType.of(0x45, Direction.PILE_TO_PLATFORM, "离线卡数据清除应答",
            OfflineCardClearResponse.class,
            Layout.PILE,
            trailingList("results", CardClearResult.FIELD, 24));

    public OfflineCardClearResponse {
        results = List.copyOf(results);
    }

    @Override
    public MessageType<OfflineCardClearResponse> messageType() {
        return TYPE;
    }
}
