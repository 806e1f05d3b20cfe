package io.chargeops.pile.simulator;

/** Connection-level state of a simulated pile. */
public enum PileState {
    /** Not connected; will reconnect unless stopped. */
    DISCONNECTED,
    CONNECTING,
    /** Connected, 0x01 sent, waiting for 0x02. */
    LOGGING_IN,
    /** Logged in, settling the billing model (0x05/0x06, 0x09/0x0A). */
    SYNCING_MODEL,
    /** Logged in with a billing model: heartbeats running, commands answered. */
    ONLINE,
    /** {@link SimulatedPile#close()} was called. */
    STOPPED
}
