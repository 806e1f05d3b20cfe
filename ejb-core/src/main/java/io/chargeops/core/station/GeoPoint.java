package io.chargeops.core.station;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A map position that never travels without its coordinate system. Seven decimals (≈1 cm) match
 * the NUMBER(10,7) columns; more would be rounded away silently by the database.
 */
@Embeddable
public class GeoPoint {

    @Column(name = "longitude", nullable = false, precision = 10, scale = 7)
    private BigDecimal longitude;

    @Column(name = "latitude", nullable = false, precision = 10, scale = 7)
    private BigDecimal latitude;

    @Enumerated(EnumType.STRING)
    @Column(name = "coordinate_system", nullable = false, length = 8)
    private CoordinateSystem coordinateSystem;

    protected GeoPoint() {
        // for JPA
    }

    public GeoPoint(BigDecimal longitude, BigDecimal latitude, CoordinateSystem coordinateSystem) {
        this.longitude = checked(longitude, 180, "longitude");
        this.latitude = checked(latitude, 90, "latitude");
        this.coordinateSystem = Objects.requireNonNull(coordinateSystem, "coordinateSystem");
    }

    private static BigDecimal checked(BigDecimal value, int limit, String what) {
        Objects.requireNonNull(value, what);
        if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw new IllegalArgumentException(what + " out of range: " + value);
        }
        return value.setScale(7, RoundingMode.HALF_UP);
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public CoordinateSystem getCoordinateSystem() {
        return coordinateSystem;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeoPoint p && longitude.compareTo(p.longitude) == 0
                && latitude.compareTo(p.latitude) == 0 && coordinateSystem == p.coordinateSystem;
    }

    @Override
    public int hashCode() {
        return Objects.hash(longitude.stripTrailingZeros(), latitude.stripTrailingZeros(), coordinateSystem);
    }

    @Override
    public String toString() {
        return coordinateSystem + "(" + longitude.toPlainString() + ", " + latitude.toPlainString() + ")";
    }
}
