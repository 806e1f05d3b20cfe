package io.chargeops.core.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void keepsSevenDecimalsAndItsCoordinateSystem() {
        GeoPoint p = new GeoPoint(new BigDecimal("118.77853204"), new BigDecimal("32.066215"), CoordinateSystem.GCJ02);
        assertThat(p.getLongitude()).hasToString("118.7785320");
        assertThat(p.getLatitude()).hasToString("32.0662150");
        assertThat(p).isEqualTo(new GeoPoint(new BigDecimal("118.778532"), new BigDecimal("32.066215"), CoordinateSystem.GCJ02))
                .isNotEqualTo(new GeoPoint(new BigDecimal("118.778532"), new BigDecimal("32.066215"), CoordinateSystem.WGS84));
    }

    @Test
    void rejectsImpossibleCoordinates() {
        assertThatThrownBy(() -> new GeoPoint(new BigDecimal("181"), BigDecimal.ZERO, CoordinateSystem.WGS84))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoPoint(BigDecimal.ZERO, new BigDecimal("-90.1"), CoordinateSystem.WGS84))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
