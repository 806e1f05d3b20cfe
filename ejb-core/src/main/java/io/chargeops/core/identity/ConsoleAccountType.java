package io.chargeops.core.identity;

/**
 * Whom a console account works for: the platform (no merchant, sees every merchant), a merchant or franchisee (its
 * staff), or a sales channel acting for a merchant. Merchant and channel accounts see their merchant's records only;
 * channel accounts never administer accounts or roles.
 */
public enum ConsoleAccountType {
    PLATFORM, MERCHANT, CHANNEL;

    public boolean needsMerchant() {
        return this != PLATFORM;
    }
}
