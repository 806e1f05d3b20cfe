package io.chargeops.core.wallet;

import jakarta.ejb.ApplicationException;

/**
 * A wallet operation was refused by a business rule. An application exception: EJB callers receive this
 * type (not an EJBException) and the transaction is rolled back, so nothing is half-written.
 */
@ApplicationException(rollback = true, inherited = true)
public class WalletException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WalletException(String message) {
        super(message);
    }

    public WalletException(String message, Throwable cause) {
        super(message, cause);
    }
}
