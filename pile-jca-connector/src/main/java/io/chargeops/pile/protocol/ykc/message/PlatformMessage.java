package io.chargeops.pile.protocol.ykc.message;

/** Marker for frames sent by the platform (even type codes). */
public interface PlatformMessage extends YkcMessage {
}
