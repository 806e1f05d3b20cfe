package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.countedList;

import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.util.List;

/** Offline-card query (0x48), at most 26 cards per frame. */
public record OfflineCardQueryRequest(
        PileCode pileCode,
        List<PhysicalCardNo> cards) implements PlatformMessage {

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
