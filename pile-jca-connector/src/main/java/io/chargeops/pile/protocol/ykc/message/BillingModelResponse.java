package io.chargeops.pile.protocol.ykc.message;

import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Billing-model reply (0x0A) carrying the full tariff. */
public record BillingModelResponse(
        PileCode pileCode,
        BillingModel model) implements PlatformMessage {

    public static final MessageType<BillingModelResponse> TYPE = MessageType.of(0x0A, Direction.PLATFORM_TO_PILE, "计费模型请求应答",
            BillingModelResponse.class,
            Layout.PILE,
            BillingModel.FIELD);

    @Override
    public MessageType<BillingModelResponse> messageType() {
        return TYPE;
    }
}
