package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;

/** Reply to a billing-model push (0x57). */
public record BillingModelSetResponse(
        PileCode pileCode,
        SuccessFlag result) implements PileMessage {

    public static final MessageType<BillingModelSetResponse> TYPE = MessageType.of(0x57, Direction.PILE_TO_PLATFORM, "计费模型应答",
            BillingModelSetResponse.class,
            Layout.PILE,
            code("result", SuccessFlag.class));

    @Override
    public MessageType<BillingModelSetResponse> messageType() {
        return TYPE;
    }
}
