package io.chargeops.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A console account's identity at a QR sign-in provider (e.g. its WeChat unionid), bound by the account itself. */
@Entity
@Table(name = "console_external_login")
public class ConsoleExternalLogin {

    @Id
    @SequenceGenerator(name = "seq_console_external_login", sequenceName = "SEQ_CONSOLE_EXTERNAL_LOGIN", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_console_external_login")
    private Long id;

    @Column(name = "provider", nullable = false, length = 16)
    private String provider;

    @Column(name = "external_id", nullable = false, length = 128)
    private String externalId;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "bound_at", nullable = false)
    private Instant boundAt;

    protected ConsoleExternalLogin() {
    }

    ConsoleExternalLogin(String provider, String externalId, Long userId, Instant boundAt) {
        this.provider = provider;
        this.externalId = externalId;
        this.userId = userId;
        this.boundAt = boundAt;
    }

    public String getProvider() {
        return provider;
    }

    public String getExternalId() {
        return externalId;
    }

    public Long getUserId() {
        return userId;
    }

    public Instant getBoundAt() {
        return boundAt;
    }
}
