package io.chargeops.core.station;

import java.math.BigDecimal;

/** What an operator gives to open a station; optional fields may be null. */
public record NewStation(Long merchantId, String stationCode, String name, String address, String provinceCode,
                         String cityCode, String districtCode, BigDecimal longitude, BigDecimal latitude,
                         CoordinateSystem coordinateSystem, StationType stationType, StationStatus status,
                         String openingHours, String servicePhone, String parkingFeeNote, Long tariffTemplateId) {
}
