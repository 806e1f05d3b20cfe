package io.chargeops.core;

import jakarta.ejb.ApplicationException;

/**
 * A request the platform refuses for a reason the caller can act on (unknown gun, gun offline, balance too low...).
 * Every context throws this (or a subclass) for such refusals, so the REST layer answers them in one way: a 4xx
 * problem+json whose {@code type} ends with {@link #code()}, a stable slug clients may switch on. An application
 * exception with rollback: nothing the refused request began is kept.
 */
@ApplicationException(rollback = true, inherited = true)
public class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal, which decides the HTTP status. */
    public enum Kind {
        /** the request itself is malformed in a way only the domain can tell (400) */
        INVALID(400),
        /** the thing named does not exist (404) */
        NOT_FOUND(404),
        /** valid, but the current state does not allow it (409) */
        CONFLICT(409),
        /** well-formed, but breaks a business rule (422) */
        UNPROCESSABLE(422),
        /** could not be done now because of contention; the same request may succeed when retried (503) */
        BUSY(503);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Kind kind;
    private final String code;

    public RefusedException(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    /** e.g. {@code gun-offline}; part of the API contract, so never renamed. */
    public String code() {
        return code;
    }
}
