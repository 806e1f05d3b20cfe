package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.trailingList;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.util.List;

/** Reply to an offline-card removal (0x45): one entry per card, running to the end of the body. */
public record OfflineCardClearResponse(
        PileCode pileCode,
        List<CardClearResult> results) implements PileMessage {

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
