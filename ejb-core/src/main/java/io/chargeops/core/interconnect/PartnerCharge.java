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
import jakarta.persistence.Version;
import java.time.Instant;

/** A charge a partner started: its StartChargeSeq, our order number, and how far its pushes have gone. */
@Entity
@Table(name = "interconnect_charge")
public class PartnerCharge {

    /** NEW → STARTED (start result queued) → STOPPED (stop result queued) → DONE (order info queued). */
    public enum Stage { NEW, STARTED, STOPPED, DONE }

    @Id
    @SequenceGenerator(name = "seq_interconnect_charge", sequenceName = "seq_interconnect_charge", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_interconnect_charge")
    private Long id;
    @Column(name = "partner_id") private Long partnerId;
    @Column(name = "start_charge_seq") private String startChargeSeq;
    @Column(name = "order_no") private String orderNo;
    @Column(name = "connector_id") private String connectorId;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING) private Stage stage;
    @Column(name = "stop_requested") private int stopRequested;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "next_status_at") private Instant nextStatusAt;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "created_at") private Instant createdAt;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "updated_at") private Instant updatedAt;
    @Version @Column(name = "row_version") private long rowVersion;

    protected PartnerCharge() {
    }

    PartnerCharge(Long partnerId, String startChargeSeq, String orderNo, String connectorId, Instant at) {
        this.partnerId = partnerId;
        this.startChargeSeq = startChargeSeq;
        this.orderNo = orderNo;
        this.connectorId = connectorId;
        this.stage = Stage.NEW;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public Long getId() { return id; }
    public Long getPartnerId() { return partnerId; }
    public String getStartChargeSeq() { return startChargeSeq; }
    public String getOrderNo() { return orderNo == null ? null : orderNo.trim(); }
    public String getConnectorId() { return connectorId; }
    public Stage getStage() { return stage; }
    public boolean isStopRequested() { return stopRequested != 0; }
    public Instant getNextStatusAt() { return nextStatusAt; }

    void stage(Stage stage, Instant at) { this.stage = stage; this.updatedAt = at; }
    void stopRequested(Instant at) { this.stopRequested = 1; this.updatedAt = at; }
    void nextStatusAt(Instant next) { this.nextStatusAt = next; }
}
