package io.chargeops.pile.protocol.ykc.message;

/** Marker for frames sent by the pile (odd type codes). */
public interface PileMessage extends YkcMessage {
}
