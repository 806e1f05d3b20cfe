package io.chargeops.core.identity;

public enum AppUserStatus {
    ACTIVE,
    /** Blocked by operations (fraud, unpaid arrears); may not start charging. */
    DISABLED,
    /** Deleted at the user's request (PIPL): phone and nickname anonymised, orders and ledger kept for accounting. */
    DELETED
}
