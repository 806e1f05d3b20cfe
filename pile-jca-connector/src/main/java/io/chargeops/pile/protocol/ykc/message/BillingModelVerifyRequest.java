package io.chargeops.pile.protocol.ykc.message;

import io.chargeops.pile.protocol.ykc.types.BillingModelId;
import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Billing-model check (0x05) sent after login with the model the pile holds (0000 if none). */
public record BillingModelVerifyRequest(
        PileCode pileCode,
        BillingModelId modelId) implements PileMessage {

    public static final MessageType<BillingModelVerifyRequest> TYPE = MessageType.of(0x05, Direction.PILE_TO_PLATFORM, "计费模型验证请求",
            BillingModelVerifyRequest.class,
            Layout.PILE,
            Layout.MODEL_ID);

    @Override
    public MessageType<BillingModelVerifyRequest> messageType() {
        return TYPE;
    }
}
