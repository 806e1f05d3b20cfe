package io.chargeops.pile.api;

/** A command could not be delivered to a pile or was not answered; the message says which pile and why. */
public class PileCommandException extends Exception {

    public PileCommandException(String message) {
        super(message);
    }

    public PileCommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
