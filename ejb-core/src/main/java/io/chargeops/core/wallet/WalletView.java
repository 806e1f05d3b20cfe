package io.chargeops.core.wallet;

import java.math.BigDecimal;

/** A wallet's figures as the API and console show them. */
public record WalletView(Long walletId, Long userId, AccountType accountType, BigDecimal principal, BigDecimal gift,
                         BigDecimal frozen, BigDecimal available, BigDecimal creditLimit, BigDecimal balance) {

    static WalletView of(Wallet w) {
        return new WalletView(w.getId(), w.getUserId(), w.getAccountType(), w.principal(), w.getGiftBalance(),
                w.getFrozen(), w.available(), w.getCreditLimit(), w.getBalance());
    }
}
