package io.chargeops.core.finder;

import io.chargeops.core.station.CoordinateSystem;

/**
 * WGS-84 ⇄ GCJ-02 (the offset China's map services use) and great-circle distances. The forward transform is the
 * widely published one (Krasovsky ellipsoid parameters); the inverse is iterated to below a centimetre. Outside
 * mainland China GCJ-02 equals WGS-84.
 */
public final class Coordinates {

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Coordinates() {
    }

    /** {lng, lat} in GCJ-02 for a WGS-84 point. */
    public static double[] wgsToGcj(double lng, double lat) {
        if (outOfChina(lng, lat)) {
            return new double[] {lng, lat};
        }
        double dLat = transformLat(lng - 105.0, lat - 35.0);
        double dLng = transformLng(lng - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {lng + dLng, lat + dLat};
    }

    /** {lng, lat} in WGS-84 for a GCJ-02 point (iterative inverse). */
    public static double[] gcjToWgs(double lng, double lat) {
        double wLng = lng;
        double wLat = lat;
        for (int i = 0; i < 10; i++) {
            double[] g = wgsToGcj(wLng, wLat);
            double eLng = g[0] - lng;
            double eLat = g[1] - lat;
            wLng -= eLng;
            wLat -= eLat;
            if (Math.abs(eLng) < 1e-9 && Math.abs(eLat) < 1e-9) {
                break;
            }
        }
        return new double[] {wLng, wLat};
    }

    /**
     * {lng, lat} of a point given in {@code from} expressed in {@code to}: what a map whose tiles are in {@code to}
     * needs to draw a station stored in {@code from} at the right place.
     */
    public static double[] convert(double lng, double lat, CoordinateSystem from, CoordinateSystem to) {
        if (from == to) {
            return new double[] {lng, lat};
        }
        return from == CoordinateSystem.WGS84 ? wgsToGcj(lng, lat) : gcjToWgs(lng, lat);
    }

    /** Haversine distance in km. */
    public static double distanceKm(double lng1, double lat1, double lng2, double lat2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    static boolean outOfChina(double lng, double lat) {
        return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    private static double transformLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double transformLng(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
