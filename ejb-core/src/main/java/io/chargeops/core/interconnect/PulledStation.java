package io.chargeops.core.interconnect;

import io.chargeops.core.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A third-party operator's station as its query_stations_info gave it (not one of our stations). */
@Entity
@Table(name = "interconnect_pulled_station")
public class PulledStation {

    @Id
    @SequenceGenerator(name = "seq_interconnect_pulled_station", sequenceName = "seq_interconnect_pulled_station", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_interconnect_pulled_station")
    private Long id;
    @Column(name = "partner_id") Long partnerId;
    @Column(name = "station_id") String stationId;
    @Column(name = "operator_id") String operatorId;
    @Column(name = "equipment_owner_id") String equipmentOwnerId;
    @Column(name = "station_name") String stationName;
    @Column(name = "area_code") String areaCode;
    String address;
    @Column(name = "station_type") Integer stationType;
    @Column(name = "station_status") Integer stationStatus;
    @Column(name = "station_lng") BigDecimal stationLng;
    @Column(name = "station_lat") BigDecimal stationLat;
    @Column(name = "busine_hours") String busineHours;
    @Lob @Column(name = "raw_info") String rawInfo;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "pulled_at") Instant pulledAt;

    protected PulledStation() {
    }

    PulledStation(Long partnerId, String stationId) {
        this.partnerId = partnerId;
        this.stationId = stationId;
    }

    /** Written by a method of the entity so that EclipseLink's woven change tracking sees it. */
    void update(String operatorId, String equipmentOwnerId, String stationName, String areaCode, String address,
                Integer stationType, Integer stationStatus, BigDecimal lng, BigDecimal lat, String busineHours,
                String rawInfo, Instant at) {
        this.operatorId = operatorId;
        this.equipmentOwnerId = equipmentOwnerId;
        this.stationName = stationName;
        this.areaCode = areaCode;
        this.address = address;
        this.stationType = stationType;
        this.stationStatus = stationStatus;
        this.stationLng = lng;
        this.stationLat = lat;
        this.busineHours = busineHours;
        this.rawInfo = rawInfo;
        this.pulledAt = at;
    }

    public Long getId() { return id; }
}
