package io.chargeops.core.station;

import io.chargeops.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

@Entity
@Table(name = "station")
public class Station extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "seq_station", sequenceName = "SEQ_STATION", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_station")
    private Long id;

    @Column(name = "merchant_id", nullable = false)
    private Long merchantId;

    /** The operator's own station id; T/CEC 102 publishes it as StationID, unique per operator. */
    @Column(name = "station_code", nullable = false, length = 32)
    private String stationCode;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "address", nullable = false, length = 255)
    private String address;

    /** GB/T 2260 administrative division codes, e.g. 320000 / 320100 / 320106. */
    @Column(name = "province_code", nullable = false, length = 12)
    private String provinceCode;

    @Column(name = "city_code", nullable = false, length = 12)
    private String cityCode;

    @Column(name = "district_code", nullable = false, length = 12)
    private String districtCode;

    @Embedded
    private GeoPoint location;

    /** Free text as shown to drivers, e.g. "00:00-24:00" or "周一至周五 08:00-20:00". */
    @Column(name = "opening_hours", length = 100)
    private String openingHours;

    @Enumerated(EnumType.STRING)
    @Column(name = "station_type", nullable = false, length = 16)
    private StationType stationType;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private StationStatus status;

    @Column(name = "service_phone", length = 32)
    private String servicePhone;

    @Column(name = "parking_fee_note", length = 500)
    private String parkingFeeNote;

    /** Parking spaces at the station (车位数), null when unknown. */
    @Column(name = "parking_spaces")
    private Integer parkingSpaces;

    /** How drivers find the chargers on site (站点引导), e.g. "B2 层 C 区，电梯口右转". */
    @Column(name = "site_guide", length = 200)
    private String siteGuide;

    /** The station's tariff template: piles registered or onboarded here without one of their own get it. */
    @Column(name = "tariff_template_id")
    private Long tariffTemplateId;

    protected Station() {
        // for JPA
    }

    public Station(Long merchantId, String stationCode, String name, String address, String provinceCode,
                   String cityCode, String districtCode, GeoPoint location, StationType stationType) {
        this.merchantId = Objects.requireNonNull(merchantId, "merchantId");
        this.stationCode = Objects.requireNonNull(stationCode, "stationCode");
        this.name = Objects.requireNonNull(name, "name");
        this.address = Objects.requireNonNull(address, "address");
        this.provinceCode = Objects.requireNonNull(provinceCode, "provinceCode");
        this.cityCode = Objects.requireNonNull(cityCode, "cityCode");
        this.districtCode = Objects.requireNonNull(districtCode, "districtCode");
        this.location = Objects.requireNonNull(location, "location");
        this.stationType = Objects.requireNonNull(stationType, "stationType");
        this.status = StationStatus.BUILDING;
    }

    public Long getId() {
        return id;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public String getStationCode() {
        return stationCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Objects.requireNonNull(address);
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getCityCode() {
        return cityCode;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDivision(String provinceCode, String cityCode, String districtCode) {
        this.provinceCode = Objects.requireNonNull(provinceCode);
        this.cityCode = Objects.requireNonNull(cityCode);
        this.districtCode = Objects.requireNonNull(districtCode);
    }

    public GeoPoint getLocation() {
        return location;
    }

    public void setLocation(GeoPoint location) {
        this.location = Objects.requireNonNull(location);
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public StationType getStationType() {
        return stationType;
    }

    public void setStationType(StationType stationType) {
        this.stationType = Objects.requireNonNull(stationType);
    }

    public StationStatus getStatus() {
        return status;
    }

    public void setStatus(StationStatus status) {
        this.status = Objects.requireNonNull(status);
    }

    public String getServicePhone() {
        return servicePhone;
    }

    public void setServicePhone(String servicePhone) {
        this.servicePhone = servicePhone;
    }

    public String getParkingFeeNote() {
        return parkingFeeNote;
    }

    public void setParkingFeeNote(String parkingFeeNote) {
        this.parkingFeeNote = parkingFeeNote;
    }

    public Long getTariffTemplateId() {
        return tariffTemplateId;
    }

    public void setTariffTemplateId(Long tariffTemplateId) {
        this.tariffTemplateId = tariffTemplateId;
    }

    public Integer getParkingSpaces() {
        return parkingSpaces;
    }

    public void setParkingSpaces(Integer parkingSpaces) {
        if (parkingSpaces != null && parkingSpaces < 0) {
            throw new IllegalArgumentException("parking spaces must not be negative: " + parkingSpaces);
        }
        this.parkingSpaces = parkingSpaces;
    }

    public String getSiteGuide() {
        return siteGuide;
    }

    public void setSiteGuide(String siteGuide) {
        this.siteGuide = siteGuide;
    }
}
