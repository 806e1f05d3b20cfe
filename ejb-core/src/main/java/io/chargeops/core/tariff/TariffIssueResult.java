package io.chargeops.core.tariff;

/** What came of pushing a billing model to one pile (0x58 → 0x57). */
public enum TariffIssueResult {
    /** Recorded before the frame leaves. */
    PENDING,
    /** The pile answered success: it holds the new model. */
    ACCEPTED,
    /** The pile answered failure (e.g. busy charging); it is told "inconsistent" at its next 0x05. */
    REJECTED,
    /** Not connected: it gets the model at its next login (0x05 inconsistent → 0x09 → 0x0A). */
    OFFLINE,
    /** Connected but silent within the command timeout. */
    TIMEOUT,
    /** The connector could not send it. */
    FAILED
}
