package io.chargeops.pile.protocol.ykc.wire;

/**
 * A body that cannot be read as its message type (short, bad BCD, unknown code, impossible date). It never leaves the
 * codec: the frame layer turns it into a typed frame error.
 */
public final class MalformedBodyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedBodyException(String message) {
        super(message, null, false, false);
    }

    public MalformedBodyException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
