package io.chargeops.core.wallet;

import java.math.BigDecimal;

/**
 * A wallet whose stored fields disagree with its ledger (or whose frozen amount disagrees with its open
 * holds). Found by {@link WalletLedger#drifts()}; there should never be one.
 */
public record WalletDrift(Long walletId,
                          BigDecimal balance, BigDecimal ledgerBalance,
                          BigDecimal giftBalance, BigDecimal ledgerGift,
                          BigDecimal frozen, BigDecimal ledgerFrozen, BigDecimal held) {
}
