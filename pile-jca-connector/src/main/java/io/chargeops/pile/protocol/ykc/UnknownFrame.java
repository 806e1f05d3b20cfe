package io.chargeops.pile.protocol.ykc;

/** A well-formed frame (length and CRC correct) whose type code the registry does not know. */
public record UnknownFrame(RawFrame frame) implements DecodeResult {
}
