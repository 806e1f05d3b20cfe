package io.chargeops.core.station;

/**
 * Chinese map services (AMap, Tencent, Baidu after its own shift) display GCJ-02, GPS receivers
 * and several partner platforms deliver WGS-84; mixing them misplaces a station by several hundred
 * metres, so every coordinate says which one it is.
 */
public enum CoordinateSystem {
    WGS84,
    GCJ02
}
