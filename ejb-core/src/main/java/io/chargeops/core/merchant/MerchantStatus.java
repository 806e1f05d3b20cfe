package io.chargeops.core.merchant;

public enum MerchantStatus {
    ACTIVE,
    /** Temporarily barred, e.g. unpaid platform fees: its stations stop accepting new orders. */
    SUSPENDED,
    CLOSED
}
