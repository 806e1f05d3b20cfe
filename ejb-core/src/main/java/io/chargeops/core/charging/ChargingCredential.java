package io.chargeops.core.charging;

import io.chargeops.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A card (physical card number) or a vehicle (VIN) that may start a charge at the pile, and the account that pays. */
@Entity
@Table(name = "charging_credential")
public class ChargingCredential extends AuditedEntity {

    public enum Kind { CARD, VIN }

    public enum Status { ACTIVE, BLOCKED }

    @Id
    @SequenceGenerator(name = "seq_charging_credential", sequenceName = "SEQ_CHARGING_CREDENTIAL", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_charging_credential")
    private Long id;

    @Column(name = "merchant_id")
    private Long merchantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 8)
    private Kind kind;

    @Column(name = "credential", nullable = false, length = 17)
    private String credential;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "wallet_id", nullable = false)
    private Long walletId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    protected ChargingCredential() {
        // for JPA
    }

    ChargingCredential(Kind kind, String credential, Long userId, Long walletId, Long merchantId) {
        this.kind = kind;
        this.credential = credential;
        this.userId = userId;
        this.walletId = walletId;
        this.merchantId = merchantId;
        this.status = Status.ACTIVE;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public String getCredential() { return credential; }
    public Long getUserId() { return userId; }
    public Long getWalletId() { return walletId; }
    public Status getStatus() { return status; }

    void setStatus(Status status) {
        this.status = status;
    }
}
