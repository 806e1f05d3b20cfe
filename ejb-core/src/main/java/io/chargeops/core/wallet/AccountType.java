package io.chargeops.core.wallet;

/** Who owns a wallet. Only enterprise and fleet accounts may be granted a credit line. */
public enum AccountType {
    PERSONAL,
    ENTERPRISE,
    FLEET;

    public boolean mayHaveCredit() {
        return this != PERSONAL;
    }
}
