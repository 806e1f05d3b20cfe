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

/** A third-party operator's gun (T/CEC "connector"), with the last status its query_station_status reported. */
@Entity
@Table(name = "interconnect_pulled_connector")
public class PulledConnector {

    @Id
    @SequenceGenerator(name = "seq_interconnect_pulled_connector", sequenceName = "seq_interconnect_pulled_connector", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_interconnect_pulled_connector")
    private Long id;
    @Column(name = "partner_id") Long partnerId;
    @Column(name = "station_id") String stationId;
    @Column(name = "equipment_id") String equipmentId;
    @Column(name = "connector_id") String connectorId;
    @Column(name = "connector_type") Integer connectorType;
    @Column(name = "power_kw") BigDecimal powerKw;
    Integer status;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "status_at") Instant statusAt;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "pulled_at") Instant pulledAt;

    protected PulledConnector() {
    }

    PulledConnector(Long partnerId, String connectorId) {
        this.partnerId = partnerId;
        this.connectorId = connectorId;
    }

    /** Written by a method of the entity so that EclipseLink's woven change tracking sees it; a null status keeps the last. */
    void update(String stationId, String equipmentId, Integer connectorType, BigDecimal powerKw, Integer status, Instant at) {
        this.stationId = stationId;
        this.equipmentId = equipmentId;
        this.connectorType = connectorType;
        this.powerKw = powerKw;
        if (status != null) {
            this.status = status;
            this.statusAt = at;
        }
        this.pulledAt = at;
    }

    public Long getId() { return id; }
}
