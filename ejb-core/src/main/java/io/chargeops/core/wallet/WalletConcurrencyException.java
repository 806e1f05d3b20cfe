package io.chargeops.core.wallet;

/** The operation kept losing optimistic-lock races and gave up after the configured number of attempts. */
public class WalletConcurrencyException extends WalletException {

    private static final long serialVersionUID = 1L;

    public WalletConcurrencyException(int attempts, Throwable last) {
        super("Wallet still contended after " + attempts + " attempts", last);
    }
}
