package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.ExecutionControl;
import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Remote reboot (0x92). */
public record RebootRequest(
        PileCode pileCode,
        ExecutionControl execution) implements PlatformMessage {

    public static final MessageType<RebootRequest> TYPE = MessageType.of(0x92, Direction.PLATFORM_TO_PILE, "远程重启",
            RebootRequest.class,
            Layout.PILE,
            code("execution", ExecutionControl.class));

    @Override
    public MessageType<RebootRequest> messageType() {
        return TYPE;
    }
}
