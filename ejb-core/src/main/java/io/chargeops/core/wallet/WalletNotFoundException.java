package io.chargeops.core.wallet;

public class WalletNotFoundException extends WalletException {

    private static final long serialVersionUID = 1L;

    public WalletNotFoundException(Long walletId) {
        super("No wallet " + walletId);
    }
}
