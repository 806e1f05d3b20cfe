package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.TransactionConfirmResult;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;

/** Acknowledges a transaction record (0x40); only confirms receipt, not settlement. */
public record TransactionRecordConfirm(
        TransactionSerial serial,
        TransactionConfirmResult result) implements PlatformMessage {

    public static final MessageType<TransactionRecordConfirm> TYPE = MessageType.of(0x40, Direction.PLATFORM_TO_PILE, "交易记录确认",
            TransactionRecordConfirm.class,
            Layout.SERIAL,
            code("result", TransactionConfirmResult.class));

    /** 0x40 has no pile-code field; the serial starts with it by construction. */
    @Override
    public PileCode pileCode() {
        return PileCode.of(serial.pileCodeDigits());
    }

    @Override
    public MessageType<TransactionRecordConfirm> messageType() {
        return TYPE;
    }
}
