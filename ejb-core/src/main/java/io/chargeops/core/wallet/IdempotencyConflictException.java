package io.chargeops.core.wallet;

/**
 * The idempotency key was already used for a different wallet or a different kind of operation: a caller
 * bug (keys must name one operation), refused rather than silently returning an unrelated entry.
 */
public class IdempotencyConflictException extends WalletException {

    private static final long serialVersionUID = 1L;

    public IdempotencyConflictException(String key, String detail) {
        super("Idempotency key " + key + " already used: " + detail);
    }
}
