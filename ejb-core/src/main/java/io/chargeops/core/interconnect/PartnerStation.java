package io.chargeops.core.interconnect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One station shared with a partner whose scope is LISTED. */
@Entity
@Table(name = "interconnect_partner_station")
public class PartnerStation {

    @Id
    @SequenceGenerator(name = "seq_interconnect_partner_station", sequenceName = "seq_interconnect_partner_station", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_interconnect_partner_station")
    private Long id;
    @Column(name = "partner_id") private Long partnerId;
    @Column(name = "station_id") private Long stationId;

    protected PartnerStation() {
    }

    PartnerStation(Long partnerId, Long stationId) {
        this.partnerId = partnerId;
        this.stationId = stationId;
    }

    public Long getStationId() { return stationId; }
}
