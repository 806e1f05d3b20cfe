package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;
import static io.chargeops.pile.protocol.ykc.wire.Fields.u8;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.WorkPermission;

/** Working parameters (0x52): lock/unlock the pile and cap its output power in percent (30..100). */
public record WorkingParamsRequest(
        PileCode pileCode,
        WorkPermission permission,
        int maxOutputPercent) implements PlatformMessage {

    public static final MessageType<WorkingParamsRequest> TYPE = MessageType.of(0x52, Direction.PLATFORM_TO_PILE, "充电桩工作参数设置",
            WorkingParamsRequest.class,
            Layout.PILE,
            code("permission", WorkPermission.class),
            u8("maxOutputPercent"));

    @Override
    public MessageType<WorkingParamsRequest> messageType() {
        return TYPE;
    }
}
