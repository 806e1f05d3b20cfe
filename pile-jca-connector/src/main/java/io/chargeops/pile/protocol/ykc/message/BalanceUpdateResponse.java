package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.BalanceUpdateResult;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Reply to a balance update (0x41). */
public record BalanceUpdateResponse(
        PileCode pileCode,
        PhysicalCardNo physicalCard,
        BalanceUpdateResult result) implements PileMessage {

    public static final MessageType<BalanceUpdateResponse> TYPE = MessageType.of(0x41, Direction.PILE_TO_PLATFORM, "余额更新应答",
            BalanceUpdateResponse.class,
            Layout.PILE,
            Layout.card("physicalCard"),
            code("result", BalanceUpdateResult.class));

    @Override
    public MessageType<BalanceUpdateResponse> messageType() {
        return TYPE;
    }
}
