package io.chargeops.pile.protocol.ykc.message;

import io.chargeops.pile.protocol.ykc.types.PileCode;

/** Remote stop (0x36); the platform considers the order closed once sent, the bill follows as 0x3B. */
public record RemoteStopRequest(
        PileCode pileCode,
        int gunNo) implements PlatformMessage {

    public static final MessageType<RemoteStopRequest> TYPE = MessageType.of(0x36, Direction.PLATFORM_TO_PILE, "运营平台远程停机",
            RemoteStopRequest.class,
            Layout.PILE,
            Layout.GUN);

    @Override
    public MessageType<RemoteStopRequest> messageType() {
        return TYPE;
    }
}
