package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.openCode;
import static io.chargeops.pile.protocol.ykc.wire.Fields.scaled;

import io.chargeops.pile.protocol.ykc.types.AuthFailureReason;
import io.chargeops.pile.protocol.ykc.types.LogicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import java.math.BigDecimal;

/** Platform authorisation of a pile-initiated start (0x32), carrying the new transaction serial. Note SUCCESS is 0x01 here. */
public record PileStartResponse(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        LogicalCardNo logicalCard,
        BigDecimal balance,
        SuccessFlag authResult,
        AuthFailureReason failureReason) implements PlatformMessage {

    public static final MessageType<PileStartResponse> TYPE = MessageType.of(0x32, Direction.PLATFORM_TO_PILE, "运营平台确认启动充电",
            PileStartResponse.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            Layout.LOGICAL_CARD,
            scaled("balance", 4, 2),
            code("authResult", SuccessFlag.class),
            openCode("failureReason", AuthFailureReason.class, AuthFailureReason::of));

    @Override
    public MessageType<PileStartResponse> messageType() {
        return TYPE;
    }
}
