package io.chargeops.core.wallet;

import jakarta.ejb.EJBException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Bounded retry of a whole wallet transaction. {@code attempt} must run one complete transaction (begin, load
 * the wallet afresh, apply, commit) each time it is called, so a retry re-reads the winner's state and
 * re-checks the balance rules against it — never replays stale values.
 *
 * <p>Retried: optimistic-lock conflicts (another transaction changed the wallet since we read it), lock
 * timeouts / serialisation failures, and — once — an integrity violation, which is how two concurrent uses of
 * the same idempotency key collide on its unique index (the retry then finds the winner's entry and returns
 * it). Business refusals ({@link WalletException}s such as {@link InsufficientBalanceException}) are never
 * retried. Between attempts a random back-off (full jitter, capped) spreads the contenders out.
 */
public final class WalletRetry {

    public static final int DEFAULT_MAX_ATTEMPTS = 10;
    public static final long DEFAULT_BACKOFF_MILLIS = 5;
    private static final long MAX_BACKOFF_MILLIS = 200;

    enum Failure { NOT_RETRYABLE, CONFLICT, DUPLICATE }

    private final int maxAttempts;
    private final long backoffMillis;

    public WalletRetry(int maxAttempts, long backoffMillis) {
        if (maxAttempts < 1 || backoffMillis < 0) {
            throw new IllegalArgumentException("maxAttempts >= 1, backoffMillis >= 0");
        }
        this.maxAttempts = maxAttempts;
        this.backoffMillis = backoffMillis;
    }

    public WalletRetry() {
        this(DEFAULT_MAX_ATTEMPTS, DEFAULT_BACKOFF_MILLIS);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public <T> T run(Supplier<T> attempt) {
        for (int n = 1; ; n++) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                Failure f = classify(e);
                if (f == Failure.NOT_RETRYABLE || (f == Failure.DUPLICATE && n >= 2)) {
                    throw e;
                }
                if (n >= maxAttempts) {
                    throw new WalletConcurrencyException(n, e);
                }
                pause(n);
            }
        }
    }

    private void pause(int attempt) {
        long cap = Math.min(MAX_BACKOFF_MILLIS, backoffMillis << Math.min(attempt, 10));
        if (cap <= 0) {
            return;
        }
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(cap + 1));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new WalletException("Interrupted while retrying a wallet operation", ie);
        }
    }

    static Failure classify(Throwable error) {
        Failure found = Failure.NOT_RETRYABLE;
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = next(t), depth++) {
            if (t instanceof WalletException && !(t instanceof WalletConcurrencyException)) {
                return Failure.NOT_RETRYABLE;
            }
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return Failure.CONFLICT;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("40") || state.equals("HYT00")) {
                    return Failure.CONFLICT;
                }
                if (state.startsWith("23")) {
                    found = Failure.DUPLICATE;
                }
            }
        }
        return found;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof EJBException ejb && ejb.getCausedByException() != null && ejb.getCausedByException() != t) {
            return ejb.getCausedByException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
