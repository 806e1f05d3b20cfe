package io.chargeops.core.interconnect;

import io.chargeops.core.persistence.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A third-party operator's pile (T/CEC "equipment") from its query_stations_info. */
@Entity
@Table(name = "interconnect_pulled_equipment")
public class PulledEquipment {

    @Id
    @SequenceGenerator(name = "seq_interconnect_pulled_equipment", sequenceName = "seq_interconnect_pulled_equipment", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_interconnect_pulled_equipment")
    private Long id;
    @Column(name = "partner_id") Long partnerId;
    @Column(name = "station_id") String stationId;
    @Column(name = "equipment_id") String equipmentId;
    @Column(name = "equipment_type") Integer equipmentType;
    @Column(name = "equipment_model") String equipmentModel;
    @Column(name = "power_kw") BigDecimal powerKw;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "pulled_at") Instant pulledAt;

    protected PulledEquipment() {
    }

    PulledEquipment(Long partnerId, String equipmentId) {
        this.partnerId = partnerId;
        this.equipmentId = equipmentId;
    }

    /** Written by a method of the entity so that EclipseLink's woven change tracking sees it. */
    void update(String stationId, Integer equipmentType, String equipmentModel, BigDecimal powerKw, Instant at) {
        this.stationId = stationId;
        this.equipmentType = equipmentType;
        this.equipmentModel = equipmentModel;
        this.powerKw = powerKw;
        this.pulledAt = at;
    }

    public Long getId() { return id; }
}
