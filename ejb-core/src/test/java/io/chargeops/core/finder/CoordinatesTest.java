package io.chargeops.core.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
}
