package io.chargeops.core.interconnect;

/**
 * Known partner deviations from T/CEC 102, switched on per partner and off by default (the standard). A variant
 * changes what we send or how a known-different peer is read; it never switches a check off.
 */
public enum CecVariant {
    /** Send {@code ServicePrice}/{@code ServiceMoney}/... instead of the standard's {@code SevicePrice}/... (Xiaoju, provincial "Sup*"). */
    SERVICE_SPELLING,
    /** Send signatures as lowercase hex (orise/hutool peers compare case-sensitively); received ones are compared case-insensitively anyway. */
    LOWERCASE_SIG,
    /** The DataSecret is both AES key and IV (Shanghai municipal platform). */
    IV_EQUALS_KEY
}
