package io.chargeops.pile.protocol.ykc.message;

import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Billing-model push (0x58), same body as 0x0A; should be sent while the pile is idle. */
public record BillingModelSetRequest(
        PileCode pileCode,
        BillingModel model) implements PlatformMessage {

    public static final MessageType<BillingModelSetRequest> TYPE = MessageType.of(0x58, Direction.PLATFORM_TO_PILE, "计费模型设置",
            BillingModelSetRequest.class,
            Layout.PILE,
            BillingModel.FIELD);

    @Override
    public MessageType<BillingModelSetRequest> messageType() {
        return TYPE;
    }
}
