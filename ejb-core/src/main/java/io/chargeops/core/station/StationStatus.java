package io.chargeops.core.station;

public enum StationStatus {
    PLANNED,
    BUILDING,
    OPERATING,
    /** Temporarily closed (maintenance, power cut); hidden from "start charging" but kept on the map. */
    SUSPENDED,
    CLOSED
}
