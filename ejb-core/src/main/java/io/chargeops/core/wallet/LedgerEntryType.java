package io.chargeops.core.wallet;

/** Why a balance changed; the entry's amount is signed (credit positive, debit negative). */
public enum LedgerEntryType {
    TOP_UP,
    CHARGE_DEBIT,
    REFUND,
    ADJUSTMENT
}
