package io.chargeops.core.station;

import java.math.BigDecimal;
import java.time.Instant;

/** A station as the ops API and console show it. */
public record StationView(Long id, Long merchantId, String stationCode, String name, String address,
                          String provinceCode, String cityCode, String districtCode, BigDecimal longitude,
                          BigDecimal latitude, CoordinateSystem coordinateSystem, StationType stationType,
                          StationStatus status, String openingHours, String servicePhone, String parkingFeeNote,
                          Long tariffTemplateId, Instant createdAt, Integer parkingSpaces,
                          String siteGuide) {

    static StationView of(Station s) {
        GeoPoint at = s.getLocation();
        return new StationView(s.getId(), s.getMerchantId(), s.getStationCode(), s.getName(), s.getAddress(),
                s.getProvinceCode(), s.getCityCode(), s.getDistrictCode(), at.getLongitude(), at.getLatitude(),
                at.getCoordinateSystem(), s.getStationType(), s.getStatus(), s.getOpeningHours(), s.getServicePhone(),
                s.getParkingFeeNote(), s.getTariffTemplateId(), s.getCreatedAt(), s.getParkingSpaces(),
                s.getSiteGuide());
    }
}
