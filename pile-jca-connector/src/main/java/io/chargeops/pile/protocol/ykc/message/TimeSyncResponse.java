package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.time;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.wire.Fields;
import java.time.LocalDateTime;

/** Reply to clock synchronisation (0x55) with the pile's time after setting it. */
public record TimeSyncResponse(
        PileCode pileCode,
        LocalDateTime time) implements PileMessage {

    public static final MessageType<TimeSyncResponse> TYPE = MessageType.of(0x55, Direction.PILE_TO_PLATFORM, "对时设置应答",
            TimeSyncResponse.class,
            Layout.PILE,
            Fields.time("time"));

    @Override
    public MessageType<TimeSyncResponse> messageType() {
        return TYPE;
    }
}
