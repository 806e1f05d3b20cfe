package io.chargeops.core.pile;

/**
 * Persisted gun state. Heartbeats and idle real-time data update the in-memory state; the row
 * changes only when the state does, so these values are few and coarse on purpose.
 */
public enum GunState {
    OFFLINE,
    IDLE,
    /** Plugged in but not charging (插枪未充电). */
    OCCUPIED,
    CHARGING,
    FAULT
}
