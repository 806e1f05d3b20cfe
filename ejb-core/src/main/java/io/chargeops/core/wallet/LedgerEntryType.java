package io.chargeops.core.wallet;

/**
 * Why a wallet changed. The entry's {@code amount} is the signed change of the total balance (credit
 * positive, debit negative); {@code giftAmount} is the gift part of it and {@code frozenAmount} the signed
 * change of the frozen amount.
 */
public enum LedgerEntryType {
    /** Recharge through a payment channel (principal, optionally with a gift bonus). */
    TOP_UP,
    /** Charging fee taken at settlement; consumes the order's hold first. */
    CHARGE_DEBIT,
    /** Principal paid back to the user's payment channel (退款); never gift, never credit. */
    REFUND,
    /** Manual correction by a console operator, with a reason. */
    ADJUSTMENT,
    /** Amount reserved for a charging order; the balance is unchanged, available shrinks. */
    FREEZE,
    /** Release of what is left of an order's hold. */
    UNFREEZE
}
