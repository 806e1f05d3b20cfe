package io.chargeops.pile.protocol.ykc.message;

import io.chargeops.pile.protocol.ykc.types.PileCode;

/** A decoded YKC message body. Every concrete message is an immutable record with a static {@code TYPE} descriptor. */
public interface YkcMessage {
    MessageType<?> messageType();

    /** The pile the message concerns; every v1.6 frame names it directly or through the transaction serial. */
    PileCode pileCode();
}
