package io.chargeops.core.charging;

/**
 * Who started the charge: the app (or mini-program), an operator in the console or ops API, the pile (card, VIN), or an
 * interconnect partner platform.
 */
public enum StartChannel {
    APP,
    CONSOLE,
    CARD,
    VIN,
    /** a transaction record arrived for a session the platform never started (e.g. an offline card) */
    PILE,
    /** an interconnect partner platform (T/CEC 102 query_start_charge) for one of its users, billed to the partner */
    PARTNER
}
