package io.chargeops.core.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A refresh token of one signed-in device; the token itself is only given to the app, the hash is kept. */
@Entity
@Table(name = "app_refresh_token")
public class RefreshToken {

    @Id
    @SequenceGenerator(name = "seq_app_refresh_token", sequenceName = "SEQ_APP_REFRESH_TOKEN", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_app_refresh_token")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "device", length = 100)
    private String device;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason", length = 32)
    private String revokedReason;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected RefreshToken() {
    }

    RefreshToken(Long userId, String tokenHash, String device, Instant issuedAt, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.device = device;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    boolean activeAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant at, String reason) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedReason = reason;
        }
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    String getDevice() {
        return device;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    String getRevokedReason() {
        return revokedReason;
    }
}
