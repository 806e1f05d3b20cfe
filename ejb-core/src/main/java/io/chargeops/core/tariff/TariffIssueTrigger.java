package io.chargeops.core.tariff;

/** Why a billing model was pushed to a pile. */
public enum TariffIssueTrigger {
    /** A new version of the pile's template took effect. */
    VERSION,
    /** The pile (or its station) was assigned this template. */
    ASSIGNMENT,
    /** An operator sent the pile its model by hand (ops API / console). */
    MANUAL
}
