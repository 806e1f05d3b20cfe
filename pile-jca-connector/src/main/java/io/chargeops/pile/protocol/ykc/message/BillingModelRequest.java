package io.chargeops.pile.protocol.ykc.message;

import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Billing-model request (0x09). */
public record BillingModelRequest(
        PileCode pileCode) implements PileMessage {

    public static final MessageType<BillingModelRequest> TYPE = MessageType.of(0x09, Direction.PILE_TO_PLATFORM, "充电桩计费模型请求",
            BillingModelRequest.class,
            Layout.PILE);

    @Override
    public MessageType<BillingModelRequest> messageType() {
        return TYPE;
    }
}
