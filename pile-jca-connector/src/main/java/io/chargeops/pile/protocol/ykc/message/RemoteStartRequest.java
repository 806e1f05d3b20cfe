package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.scaled;

import io.chargeops.pile.protocol.ykc.types.LogicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import java.math.BigDecimal;

/** Remote start (0x34). The balance is in yuan with 2 decimals; piles stop when the charged amount reaches it. */
public record RemoteStartRequest(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        LogicalCardNo logicalCard,
        PhysicalCardNo physicalCard,
        BigDecimal balance) implements PlatformMessage {

    public static final MessageType<RemoteStartRequest> TYPE = MessageType.of(0x34, Direction.PLATFORM_TO_PILE, "运营平台远程控制启机",
            RemoteStartRequest.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            Layout.LOGICAL_CARD,
            Layout.card("physicalCard"),
            scaled("balance", 4, 2));

    @Override
    public MessageType<RemoteStartRequest> messageType() {
        return TYPE;
    }
}
