package io.chargeops.pile.protocol.ykc;

import io.chargeops.pile.protocol.ykc.message.YkcMessage;

/**
 * A typed message together with its frame header. Replies must reuse the request's {@code sequence}; the encryption
 * flag says whether the body was (or is to be) 3DES-encrypted.
 */
public record YkcPacket(int sequence, boolean encrypted, YkcMessage message) implements DecodeResult {
    public YkcPacket {
        if (sequence < 0 || sequence > 0xFFFF) {
            throw new IllegalArgumentException("sequence must fit two bytes: " + sequence);
        }
        if (message == null) {
            throw new IllegalArgumentException("message must not be null");
        }
    }

    public static YkcPacket of(int sequence, YkcMessage message) {
        return new YkcPacket(sequence, false, message);
    }

    /** A reply to {@code request}: same sequence number and encryption flag, as the spec requires. */
    public static YkcPacket replyTo(YkcPacket request, YkcMessage reply) {
        return new YkcPacket(request.sequence(), request.encrypted(), reply);
    }

    public <T extends YkcMessage> T message(Class<T> type) {
        return type.cast(message);
    }

    public int type() {
        return message.messageType().code();
    }
}
