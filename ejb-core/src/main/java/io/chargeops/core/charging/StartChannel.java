package io.chargeops.core.charging;

/** Who started the charge: the app (or mini-program), an operator in the console or ops API, or the pile (card, VIN). */
public enum StartChannel {
    APP,
    CONSOLE,
    CARD,
    VIN,
    /** a transaction record arrived for a session the platform never started (e.g. an offline card) */
    PILE
}
