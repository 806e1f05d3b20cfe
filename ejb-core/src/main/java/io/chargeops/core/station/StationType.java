package io.chargeops.core.station;

public enum StationType {
    /** Open to the public (公共). */
    PUBLIC,
    /** Dedicated to a fleet, e.g. buses or logistics (专用). */
    DEDICATED,
    /** Private / residential (个人/小区). */
    PRIVATE
}
