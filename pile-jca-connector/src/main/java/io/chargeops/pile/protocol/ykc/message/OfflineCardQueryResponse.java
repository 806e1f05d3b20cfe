package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.trailingList;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.util.List;

/** Reply to an offline-card query (0x47): one entry per card, running to the end of the body. */
public record OfflineCardQueryResponse(
        PileCode pileCode,
        List<CardQueryResult> results) implements PileMessage {

    /**
     * Entries that fit the spec's 200-byte data-field limit. The spec also allows up to 26 per frame, which does not
     * fit that limit; send batches of at most this many unless both ends accept longer frames.
     */
    public static final int MAX_ENTRIES_WITHIN_200_BYTES = 21;

    public static final MessageType<OfflineCardQueryResponse> TYPE = MessageType.of(0x47, Direction.PILE_TO_PLATFORM, "离线卡数据查询应答",
            OfflineCardQueryResponse.class,
            Layout.PILE,
            trailingList("results", CardQueryResult.FIELD, 26));

    public OfflineCardQueryResponse {
        results = List.copyOf(results);
    }

    @Override
    public MessageType<OfflineCardQueryResponse> messageType() {
        return TYPE;
    }
}
