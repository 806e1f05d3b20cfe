package io.chargeops.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One console sign-in attempt as the audit log keeps it; never changed once written. */
@Entity
@Table(name = "console_sign_in_log")
public class ConsoleSignInRecord {

    @Id
    @SequenceGenerator(name = "seq_console_sign_in_log", sequenceName = "SEQ_CONSOLE_SIGN_IN_LOG", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_console_sign_in_log")
    private Long id;

    @Column(name = "login_phone", nullable = false, length = 20, updatable = false)
    private String loginPhone;

    @Column(name = "succeeded", nullable = false, updatable = false)
    private boolean succeeded;

    @Column(name = "remote_address", length = 64, updatable = false)
    private String remoteAddress;

    @Column(name = "user_agent", length = 255, updatable = false)
    private String userAgent;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    /** The account's merchant (null: platform account or unknown phone), so the data scope covers the log. */
    @Column(name = "merchant_id", updatable = false)
    private Long merchantId;

    protected ConsoleSignInRecord() {
    }

    ConsoleSignInRecord(ConsoleSignInAttempt attempt, Long merchantId) {
        this(attempt);
        this.merchantId = merchantId;
    }

    ConsoleSignInRecord(ConsoleSignInAttempt attempt) {
        this.loginPhone = attempt.loginPhone();
        this.succeeded = attempt.succeeded();
        this.remoteAddress = attempt.remoteAddress();
        this.userAgent = truncate(attempt.userAgent(), 255);
        this.attemptedAt = attempt.attemptedAt();
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    ConsoleSignInAttempt toAttempt() {
        return new ConsoleSignInAttempt(loginPhone, succeeded, remoteAddress, userAgent, attemptedAt);
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public String getLoginPhone() {
        return loginPhone;
    }

    public Long getId() {
        return id;
    }
}
