package io.chargeops.core.identity;

public enum AppUserStatus {
    ACTIVE,
    /** Blocked by operations (fraud, unpaid arrears); may not start charging. */
    DISABLED
}
