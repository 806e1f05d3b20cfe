package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.scaled;

import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.math.BigDecimal;

/** Balance update after a top-up (0x42). A zero card number means "the current session, whoever it is". */
public record BalanceUpdateRequest(
        PileCode pileCode,
        int gunNo,
        PhysicalCardNo physicalCard,
        BigDecimal balance) implements PlatformMessage {

    public static final MessageType<BalanceUpdateRequest> TYPE = MessageType.of(0x42, Direction.PLATFORM_TO_PILE, "远程账户余额更新",
            BalanceUpdateRequest.class,
            Layout.PILE,
            Layout.GUN,
            Layout.card("physicalCard"),
            scaled("balance", 4, 2));

    @Override
    public MessageType<BalanceUpdateRequest> messageType() {
        return TYPE;
    }
}
