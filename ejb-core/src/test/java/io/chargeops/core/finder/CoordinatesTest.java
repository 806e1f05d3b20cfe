package io.chargeops.core.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.chargeops.core.station.CoordinateSystem;
import org.junit.jupiter.api.Test;

class CoordinatesTest {

    @Test
    void gcjOffsetInNanjingIsAFewHundredMetresAndTheInverseReturns() {
        double[] gcj = Coordinates.wgsToGcj(118.7785, 32.0662);
        double shift = Coordinates.distanceKm(118.7785, 32.0662, gcj[0], gcj[1]);
        assertThat(shift).isBetween(0.2, 0.8);
        double[] back = Coordinates.gcjToWgs(gcj[0], gcj[1]);
        assertThat(back[0]).isCloseTo(118.7785, within(1e-7));
        assertThat(back[1]).isCloseTo(32.0662, within(1e-7));
    }

    @Test
    void outsideChinaNothingShiftsAndDistancesAreGreatCircle() {
        assertThat(Coordinates.wgsToGcj(2.35, 48.85)).containsExactly(2.35, 48.85);
        // 鼓楼 → 奥体 demo stations: about 8 km
        assertThat(Coordinates.distanceKm(118.778532, 32.066215, 118.732986, 32.007842)).isBetween(7.0, 8.5);
    }

    /**
     * Published pairs (wgsLat, wgsLng → gcjLat, gcjLng) from the test suite of googollee/eviltransform, the reference
     * implementation most Chinese map code derives from: Shanghai, Shenzhen, Beijing.
     */
    static final double[][] PUBLISHED = {
            {31.1774276, 121.5272106, 31.17530398364597, 121.531541859215},
            {22.543847, 113.912316, 22.540796131694766, 113.9171764808363},
            {39.911954, 116.377817, 39.91334545536069, 116.38404722455657}};

    @Test
    void wgsToGcjMatchesThePublishedPairsAndConvertGoesBothWays() {
        for (double[] p : PUBLISHED) {
            double[] gcj = Coordinates.convert(p[1], p[0], CoordinateSystem.WGS84, CoordinateSystem.GCJ02);
            assertThat(gcj[0]).as("lng of %s", p[0]).isCloseTo(p[3], within(1e-6));
            assertThat(gcj[1]).as("lat of %s", p[0]).isCloseTo(p[2], within(1e-6));
            double[] wgs = Coordinates.convert(p[3], p[2], CoordinateSystem.GCJ02, CoordinateSystem.WGS84);
            assertThat(wgs[0]).isCloseTo(p[1], within(1e-6));
            assertThat(wgs[1]).isCloseTo(p[0], within(1e-6));
            assertThat(Coordinates.convert(p[1], p[0], CoordinateSystem.WGS84, CoordinateSystem.WGS84))
                    .containsExactly(p[1], p[0]);
        }
    }
}
