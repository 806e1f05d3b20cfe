package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.openCode;
import static io.chargeops.pile.protocol.ykc.wire.Fields.scaled;

import io.chargeops.pile.protocol.ykc.types.AuthFailureReason;
import io.chargeops.pile.protocol.ykc.types.LogicalCardNo;
import io.chargeops.pile.protocol.ykc.types.ParallelSerial;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import java.math.BigDecimal;

/** Authorisation of a parallel start (0xA2): the 0x32 body plus the parallel serial; the pile starts only if every gun is authorised. */
public record ParallelStartResponse(
        TransactionSerial serial,
        PileCode pileCode,
        int gunNo,
        LogicalCardNo logicalCard,
        BigDecimal balance,
        SuccessFlag authResult,
        AuthFailureReason failureReason,
        ParallelSerial parallelSerial) implements PlatformMessage {

    public static final MessageType<ParallelStartResponse> TYPE = MessageType.of(0xA2, Direction.PLATFORM_TO_PILE, "运营平台确认并充启动充电",
            ParallelStartResponse.class,
            Layout.SERIAL,
            Layout.PILE,
            Layout.GUN,
            Layout.LOGICAL_CARD,
            scaled("balance", 4, 2),
            code("authResult", SuccessFlag.class),
            openCode("failureReason", AuthFailureReason.class, AuthFailureReason::of),
            Layout.PARALLEL_SERIAL);

    @Override
    public MessageType<ParallelStartResponse> messageType() {
        return TYPE;
    }
}
