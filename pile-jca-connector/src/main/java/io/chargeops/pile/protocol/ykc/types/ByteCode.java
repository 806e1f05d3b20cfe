package io.chargeops.pile.protocol.ykc.types;

/** A field value that travels as a single code byte (or a few bits of one). */
public interface ByteCode {
    int code();
}
