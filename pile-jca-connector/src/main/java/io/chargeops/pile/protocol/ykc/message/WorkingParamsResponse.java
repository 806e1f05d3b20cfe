package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;

/** Reply to working parameters (0x51). */
public record WorkingParamsResponse(
        PileCode pileCode,
        SuccessFlag result) implements PileMessage {

    public static final MessageType<WorkingParamsResponse> TYPE = MessageType.of(0x51, Direction.PILE_TO_PLATFORM, "充电桩工作参数设置应答",
            WorkingParamsResponse.class,
            Layout.PILE,
            code("result", SuccessFlag.class));

    @Override
    public MessageType<WorkingParamsResponse> messageType() {
        return TYPE;
    }
}
