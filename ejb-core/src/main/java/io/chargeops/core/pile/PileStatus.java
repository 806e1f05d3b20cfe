package io.chargeops.core.pile;

public enum PileStatus {
    /** 游离电桩: logged in unknown; refused until bound to a merchant, station and tariff. */
    FREE,
    /** Registered and allowed to log in. */
    ACTIVE,
    /** Registered but refused at login (decommissioned, under repair, contract ended). */
    DISABLED
}
