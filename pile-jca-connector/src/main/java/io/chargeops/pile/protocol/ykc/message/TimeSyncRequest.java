package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.time;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.wire.Fields;
import java.time.LocalDateTime;

/** Clock synchronisation (0x56), local wall-clock time. */
public record TimeSyncRequest(
        PileCode pileCode,
        LocalDateTime time) implements PlatformMessage {

    public static final MessageType<TimeSyncRequest> TYPE = MessageType.of(0x56, Direction.PLATFORM_TO_PILE, "对时设置",
            TimeSyncRequest.class,
            Layout.PILE,
            Fields.time("time"));

    @Override
    public MessageType<TimeSyncRequest> messageType() {
        return TYPE;
    }
}
