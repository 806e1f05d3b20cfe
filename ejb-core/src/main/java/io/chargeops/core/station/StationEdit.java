package io.chargeops.core.station;

import java.math.BigDecimal;

/**
 * What an operator may change on a station: everything but its merchant and its code (the code is the StationID
 * partners and printed material know it by). Optional fields may be null (cleared).
 */
public record StationEdit(String name, String address, String provinceCode, String cityCode, String districtCode,
                          BigDecimal longitude, BigDecimal latitude, CoordinateSystem coordinateSystem,
                          StationType stationType, StationStatus status, String openingHours, String servicePhone,
                          String parkingFeeNote, Integer parkingSpaces, String siteGuide) {

    /** The edit that keeps a station as it is, for callers that change a few fields. */
    public static StationEdit of(StationView s) {
        return new StationEdit(s.name(), s.address(), s.provinceCode(), s.cityCode(), s.districtCode(), s.longitude(),
                s.latitude(), s.coordinateSystem(), s.stationType(), s.status(), s.openingHours(), s.servicePhone(),
                s.parkingFeeNote(), s.parkingSpaces(), s.siteGuide());
    }
}
