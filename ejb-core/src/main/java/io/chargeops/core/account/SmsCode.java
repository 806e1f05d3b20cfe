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

/** One SMS sign-in code sent (短信验证码); only its hash is kept. */
@Entity
@Table(name = "app_sms_code")
public class SmsCode {

    @Id
    @SequenceGenerator(name = "seq_app_sms_code", sequenceName = "SEQ_APP_SMS_CODE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_app_sms_code")
    private Long id;

    @Column(name = "phone", nullable = false, length = 20)
    private String phone;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "purpose", nullable = false, length = 16)
    private String purpose;

    @Column(name = "requester_ip", length = 64)
    private String requesterIp;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "consumed_at")
    private Instant consumedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected SmsCode() {
    }

    SmsCode(String phone, String codeHash, String requesterIp, Instant createdAt, Instant expiresAt) {
        this.phone = phone;
        this.codeHash = codeHash;
        this.purpose = "SIGN_IN";
        this.requesterIp = requesterIp;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean usableAt(Instant now, int maxAttempts) {
        return consumedAt == null && now.isBefore(expiresAt) && attempts < maxAttempts;
    }

    void attempted() {
        attempts++;
    }

    void consume(Instant at) {
        consumedAt = at;
    }

    String getCodeHash() {
        return codeHash;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getRequesterIp() {
        return requesterIp;
    }
}
