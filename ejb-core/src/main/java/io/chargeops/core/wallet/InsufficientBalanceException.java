package io.chargeops.core.wallet;

import java.math.BigDecimal;

/** The wallet (including any granted credit) cannot cover the amount; the wallet is unchanged. */
public class InsufficientBalanceException extends WalletException {

    private static final long serialVersionUID = 1L;

    private final Long walletId;
    private final BigDecimal requested;
    private final BigDecimal available;

    public InsufficientBalanceException(Long walletId, BigDecimal requested, BigDecimal available, String what) {
        super("Wallet " + walletId + ": " + what + " " + requested + " exceeds " + available);
        this.walletId = walletId;
        this.requested = requested;
        this.available = available;
    }

    public Long getWalletId() {
        return walletId;
    }

    public BigDecimal getRequested() {
        return requested;
    }

    public BigDecimal getAvailable() {
        return available;
    }
}
