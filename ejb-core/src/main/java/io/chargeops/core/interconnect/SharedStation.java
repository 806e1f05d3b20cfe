package io.chargeops.core.interconnect;

import io.chargeops.core.persistence.UtcInstantConverter;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A station as partners see it: a read-only mapping of the station context's table (never written, never cached;
 * it carries merchantId, so the data scope applies to it like to every merchant's row).
 */
@Entity
@ReadOnly
@Cacheable(false)
@Table(name = "station")
public class SharedStation {

    @Id private Long id;
    @Column(name = "merchant_id") private Long merchantId;
    @Column(name = "station_code") private String stationCode;
    private String name;
    private String address;
    @Column(name = "district_code") private String districtCode;
    private BigDecimal longitude;
    private BigDecimal latitude;
    @Column(name = "coordinate_system") private String coordinateSystem;
    @Column(name = "opening_hours") private String openingHours;
    @Column(name = "station_type") private String stationType;
    private String status;
    @Column(name = "service_phone") private String servicePhone;
    @Column(name = "parking_fee_note") private String parkingFeeNote;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "updated_at") private Instant updatedAt;

    public Long getId() { return id; }
    public Long getMerchantId() { return merchantId; }
    public String getStationCode() { return stationCode; }
    public String getName() { return name; }
    public String getAddress() { return address; }
    public String getDistrictCode() { return districtCode; }
    public BigDecimal getLongitude() { return longitude; }
    public BigDecimal getLatitude() { return latitude; }
    public String getCoordinateSystem() { return coordinateSystem; }
    public String getOpeningHours() { return openingHours; }
    public String getStationType() { return stationType; }
    public String getStatus() { return status; }
    public String getServicePhone() { return servicePhone; }
    public String getParkingFeeNote() { return parkingFeeNote; }
    public Instant getUpdatedAt() { return updatedAt; }
}
