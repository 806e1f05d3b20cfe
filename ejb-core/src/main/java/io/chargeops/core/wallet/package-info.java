/**
 * Wallet context: stored value of app users, enterprises and fleets. The balance is derived data and the
 * ledger is the evidence: every change goes through a {@link io.chargeops.core.wallet.Wallet} operation
 * (recharge, freeze, unfreeze, debit, refund, adjust), which checks the invariants before changing anything
 * and yields a {@link io.chargeops.core.wallet.WalletLedgerEntry} persisted in the same transaction, so for
 * every wallet balance = Σ amount, gift = Σ giftAmount, frozen = Σ frozenAmount
 * ({@link io.chargeops.core.wallet.WalletLedger#drifts()} checks it). Concurrent changes are serialised by the
 * wallet's optimistic-lock version and retried as whole transactions
 * ({@link io.chargeops.core.wallet.WalletRetry}); idempotency keys (unique) make repeats harmless.
 */
package io.chargeops.core.wallet;
