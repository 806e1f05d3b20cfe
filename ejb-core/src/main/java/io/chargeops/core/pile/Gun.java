package io.chargeops.core.pile;

import io.chargeops.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

@Entity
@Table(name = "gun")
public class Gun extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "seq_gun", sequenceName = "SEQ_GUN", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_gun")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pile_id", nullable = false)
    private Pile pile;

    @Column(name = "merchant_id", nullable = false)
    private Long merchantId;

    @Column(name = "gun_no", nullable = false)
    private int gunNo;

    @Column(name = "gun_code", nullable = false, length = 16, columnDefinition = "CHAR(16)")
    private String gunCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "connector_type", nullable = false, length = 16)
    private ConnectorType connectorType;

    @Enumerated(EnumType.STRING)
    @Column(name = "gun_state", nullable = false, length = 16)
    private GunState state;

    @Column(name = "state_changed_at")
    private Instant stateChangedAt;

    protected Gun() {
        // for JPA
    }

    Gun(Pile pile, int gunNo, ConnectorType connectorType) {
        if (gunNo < 1 || gunNo > 99) {
            throw new IllegalArgumentException("Gun number must be 1..99: " + gunNo);
        }
        this.pile = pile;
        this.merchantId = pile.getMerchantId();
        this.gunNo = gunNo;
        this.gunCode = codeOf(pile.getPileCode(), gunNo);
        this.connectorType = Objects.requireNonNull(connectorType, "connectorType");
        this.state = GunState.OFFLINE;
    }

    /** Pile code followed by the two-digit gun number, e.g. 32010600000001 + 01. */
    public static String codeOf(String pileCode, int gunNo) {
        return pileCode + String.format("%02d", gunNo);
    }

    /** @return whether the state actually changed, i.e. whether the row needs writing */
    public boolean changeState(GunState newState, Instant at) {
        if (newState == state) {
            return false;
        }
        this.state = Objects.requireNonNull(newState);
        this.stateChangedAt = at;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Pile getPile() {
        return pile;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public int getGunNo() {
        return gunNo;
    }

    public String getGunCode() {
        return gunCode;
    }

    public ConnectorType getConnectorType() {
        return connectorType;
    }

    public GunState getState() {
        return state;
    }

    public Instant getStateChangedAt() {
        return stateChangedAt;
    }
}
