package io.chargeops.pile.protocol.ykc.message;

import static io.chargeops.pile.protocol.ykc.wire.Fields.u8;

import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Heartbeat reply (0x04), echoing the gun of the heartbeat it answers. */
public record HeartbeatResponse(
        PileCode pileCode,
        int gunNo,
        int ack) implements PlatformMessage {

    public static final MessageType<HeartbeatResponse> TYPE = MessageType.of(0x04, Direction.PLATFORM_TO_PILE, "心跳包应答",
            HeartbeatResponse.class,
            Layout.PILE,
            Layout.GUN,
            u8("ack"));

    public static HeartbeatResponse answering(Heartbeat heartbeat) {
        return new HeartbeatResponse(heartbeat.pileCode(), heartbeat.gunNo(), 0);
    }

    @Override
    public MessageType<HeartbeatResponse> messageType() {
        return TYPE;
    }
}
