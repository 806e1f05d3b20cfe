package io.chargeops.core.pile;

import jakarta.ejb.ApplicationException;

/**
 * A command did not reach the pile or was not answered. Carries the command log's verdict so callers (REST, console)
 * can say which: {@link PileCommandResult#OFFLINE}, {@link PileCommandResult#TIMEOUT} or
 * {@link PileCommandResult#FAILED}. Not a rollback reason by itself: the caller decides what its transaction does.
 */
@ApplicationException(rollback = false)
public class PileCommandFailedException extends RuntimeException {

    private final String pileCode;
    private final PileCommandResult result;

    public PileCommandFailedException(String pileCode, PileCommandResult result, String message) {
        super(message);
        this.pileCode = pileCode;
        this.result = result;
    }

    public String pileCode() {
        return pileCode;
    }

    public PileCommandResult result() {
        return result;
    }
}
