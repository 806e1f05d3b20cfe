package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.code;

import io.chargeops.pile.protocol.ykc.types.GunHealth;
import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Heartbeat (0x03), one per gun every 10 s; three unanswered ones make the pile log in again. */
public record Heartbeat(
        PileCode pileCode,
        int gunNo,
        GunHealth gunHealth) implements PileMessage {

    public static final MessageType<Heartbeat> TYPE = MessageType.of(0x03, Direction.PILE_TO_PLATFORM, "充电桩心跳包",
            Heartbeat.class,
            Layout.PILE,
            Layout.GUN,
            code("gunHealth", GunHealth.class));

    @Override
    public MessageType<Heartbeat> messageType() {
        return TYPE;
    }
}
