package io.chargeops.pile.api;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.time.Duration;

/** The pile did not answer a command in time. */
public class PileTimeoutException extends PileCommandException {

    public PileTimeoutException(PileCode pile, String command, Duration timeout) {
        super("Pile " + pile + " did not answer " + command + " within " + timeout.toSeconds() + " s");
    }
}
