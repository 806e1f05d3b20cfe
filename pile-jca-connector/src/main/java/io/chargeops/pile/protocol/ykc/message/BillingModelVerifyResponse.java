package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.BillingModelId;
import io.chargeops.pile.protocol.ykc.types.ModelVerifyResult;
import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Billing-model check reply (0x06); INCONSISTENT makes the pile request the model with 0x09. */
public record BillingModelVerifyResponse(
        PileCode pileCode,
        BillingModelId modelId,
        ModelVerifyResult result) implements PlatformMessage {

    public static final MessageType<BillingModelVerifyResponse> TYPE = MessageType.of(0x06, Direction.PLATFORM_TO_PILE, "计费模型验证请求应答",
            BillingModelVerifyResponse.class,
            Layout.PILE,
            Layout.MODEL_ID,
            code("result", ModelVerifyResult.class));

    @Override
    public MessageType<BillingModelVerifyResponse> messageType() {
        return TYPE;
    }
}
