package io.chargeops.core.finder;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.core.finder.StationFilters.ParkingFeeType;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class StationFiltersTest {

    @Test
    void parkingFeeTypeFromTheNote() {
        assertThat(StationFilters.parkingFeeType("停车免费")).isEqualTo(ParkingFeeType.FREE);
        assertThat(StationFilters.parkingFeeType("Free parking")).isEqualTo(ParkingFeeType.FREE);
        assertThat(StationFilters.parkingFeeType("充电期间停车前2小时免费,超出按5元/小时收取")).isEqualTo(ParkingFeeType.LIMITED_FREE);
        assertThat(StationFilters.parkingFeeType("停车5元/小时")).isEqualTo(ParkingFeeType.PAID);
        assertThat(StationFilters.parkingFeeType(null)).isEqualTo(ParkingFeeType.UNKNOWN);
        assertThat(StationFilters.parkingFeeType(" ")).isEqualTo(ParkingFeeType.UNKNOWN);
    }

    @Test
    void openingHours() {
        LocalTime noon = LocalTime.NOON;
        LocalTime late = LocalTime.of(23, 30);
        LocalTime early = LocalTime.of(5, 59);
        assertThat(StationFilters.openAt("00:00-24:00", late)).isTrue();
        assertThat(StationFilters.openAt("24小时营业", early)).isTrue();
        assertThat(StationFilters.openAt("06:00-23:00", noon)).isTrue();
        assertThat(StationFilters.openAt("06:00-23:00", late)).isFalse();
        assertThat(StationFilters.openAt("06:00-23:00", early)).isFalse();
        assertThat(StationFilters.openAt("06:00-23:00", LocalTime.of(6, 0))).isTrue();
        assertThat(StationFilters.openAt("06:00-23:00", LocalTime.of(23, 0))).isFalse();
        assertThat(StationFilters.openAt("22:00-06:00", late)).isTrue();
        assertThat(StationFilters.openAt("22:00-06:00", noon)).isFalse();
        assertThat(StationFilters.openAt("08:00-12:00, 14:00~20:00", LocalTime.of(13, 0))).isFalse();
        assertThat(StationFilters.openAt("08:00-12:00, 14:00~20:00", LocalTime.of(15, 0))).isTrue();
        assertThat(StationFilters.openAt("周一至周五 8:00至18:00", LocalTime.of(9, 0))).isTrue();
        assertThat(StationFilters.openAt("请电话咨询", noon)).isNull();
        assertThat(StationFilters.openAt(null, noon)).isNull();
    }
}
