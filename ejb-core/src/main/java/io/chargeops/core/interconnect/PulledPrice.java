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

/** One period of a third-party connector's business policy (query_equip_business_policy), from StartTime on. */
@Entity
@Table(name = "interconnect_pulled_price")
public class PulledPrice {

    @Id
    @SequenceGenerator(name = "seq_interconnect_pulled_price", sequenceName = "seq_interconnect_pulled_price", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_interconnect_pulled_price")
    private Long id;
    @Column(name = "partner_id") Long partnerId;
    @Column(name = "connector_id") String connectorId;
    @Column(name = "start_time") String startTime;
    @Column(name = "elec_price") BigDecimal elecPrice;
    @Column(name = "service_price") BigDecimal servicePrice;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "pulled_at") Instant pulledAt;

    protected PulledPrice() {
    }

    PulledPrice(Long partnerId, String connectorId, String startTime, BigDecimal elecPrice, BigDecimal servicePrice, Instant at) {
        this.partnerId = partnerId;
        this.connectorId = connectorId;
        this.startTime = startTime;
        this.elecPrice = elecPrice;
        this.servicePrice = servicePrice;
        this.pulledAt = at;
    }

    public Long getId() { return id; }
}
