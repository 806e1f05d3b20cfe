package io.chargeops.pile.api;

import io.chargeops.pile.protocol.ykc.types.PileCode;

/** The pile has no live, logged-in session on this node. */
public class PileOfflineException extends PileCommandException {

    private final PileCode pile;

    public PileOfflineException(PileCode pile) {
        super("Pile " + pile + " is offline");
        this.pile = pile;
    }

    public PileCode pile() {
        return pile;
    }
}
