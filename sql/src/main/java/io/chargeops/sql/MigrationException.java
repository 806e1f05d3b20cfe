package io.chargeops.sql;

/**
 * Raised when the schema cannot be brought to the expected state; the message is meant for an
 * operator reading a start-up log, so it says what to do next where that is known.
 */
public class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
