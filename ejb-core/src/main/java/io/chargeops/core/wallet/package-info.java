/**
 * Wallet context: stored value of app users. The balance is derived data and the ledger is the
 * evidence: every balance change goes through {@link io.chargeops.core.wallet.Wallet#post} and
 * yields a {@link io.chargeops.core.wallet.WalletLedgerEntry} to be persisted in the same
 * transaction, so the sum of a wallet's entries always equals its balance. Concurrent changes are
 * serialised by the wallet's optimistic-lock version.
 */
package io.chargeops.core.wallet;
