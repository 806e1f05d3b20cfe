package io.chargeops.core.tariff;

public enum TariffStatus {
    ACTIVE,
    /** No longer assignable; kept because settled orders refer to its versions. */
    ARCHIVED
}
