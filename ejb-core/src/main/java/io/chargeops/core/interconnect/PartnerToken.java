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
import java.time.Instant;

/** An access token issued by query_token, kept as its SHA-256 only. */
@Entity
@Table(name = "interconnect_token")
public class PartnerToken {

    @Id
    @SequenceGenerator(name = "seq_interconnect_token", sequenceName = "seq_interconnect_token", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_interconnect_token")
    private Long id;
    @Column(name = "partner_id") private Long partnerId;
    @Column(name = "token_hash") private String tokenHash;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "issued_at") private Instant issuedAt;
    @Convert(converter = UtcInstantConverter.class) @Column(name = "expires_at") private Instant expiresAt;

    protected PartnerToken() {
    }

    PartnerToken(Long partnerId, String tokenHash, Instant issuedAt, Instant expiresAt) {
        this.partnerId = partnerId;
        this.tokenHash = tokenHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public Long getPartnerId() { return partnerId; }
    public Instant getExpiresAt() { return expiresAt; }
}
