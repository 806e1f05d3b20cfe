package io.chargeops.core.identity;

import io.chargeops.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** An operator or platform staff member signing in to the console with phone and password. */
@Entity
@Table(name = "console_user")
public class ConsoleUser extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "seq_console_user", sequenceName = "SEQ_CONSOLE_USER", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_console_user")
    private Long id;

    @Column(name = "login_phone", nullable = false, length = 20)
    private String loginPhone;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    /** {@code PBKDF2WithHmacSHA256:<iterations>:<base64 salt>:<base64 hash>}, as Pbkdf2PasswordHash writes it. */
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    /** Null = platform user, allowed to see every merchant. */
    @Column(name = "merchant_id")
    private Long merchantId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 16)
    private ConsoleAccountType accountType = ConsoleAccountType.PLATFORM;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** When the current run of failed sign-ins began (null: none); runs older than the lockout window start again. */
    @Column(name = "failed_since")
    private Instant failedSince;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @ManyToMany
    @JoinTable(name = "console_user_role",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<ConsoleRole> roles = new HashSet<>();

    protected ConsoleUser() {
        // for JPA
    }

    public ConsoleUser(String loginPhone, String displayName, String passwordHash, Long merchantId) {
        this.loginPhone = Objects.requireNonNull(loginPhone, "loginPhone");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.merchantId = merchantId;
        this.accountType = merchantId == null ? ConsoleAccountType.PLATFORM : ConsoleAccountType.MERCHANT;
        this.enabled = true;
        this.mustChangePassword = true;
    }

    public boolean isPlatformUser() {
        return merchantId == null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed sign-in: {@code maxFailures} failures within {@code window} lock the account for
     * {@code lockFor}; a failure after the window has passed starts a new count.
     */
    public void recordFailedLogin(Instant now, int maxFailures, java.time.Duration window, java.time.Duration lockFor) {
        if (failedSince == null || failedSince.plus(window).isBefore(now)) {
            failedSince = now;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
            failedSince = null;
        }
    }

    /** A correct password ends the run of failures (and an expired lock). */
    public boolean hasFailuresToForget() {
        return failedLogins != 0 || failedSince != null || lockedUntil != null;
    }

    public void forgetFailures() {
        failedLogins = 0;
        failedSince = null;
        lockedUntil = null;
    }

    public void recordSuccessfulLogin(Instant now) {
        forgetFailures();
        lastLoginAt = now;
    }

    /** An administrator's reset: the new password works once, then the account must choose its own (as at first sign-in). */
    public void resetPasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = true;
        forgetFailures();
    }

    public ConsoleAccountType getAccountType() {
        return accountType;
    }

    /** A channel account works for a merchant as well; the type only narrows what it may administer. */
    public void setAccountType(ConsoleAccountType accountType) {
        if (accountType.needsMerchant() != (merchantId != null)) {
            throw new IllegalArgumentException(accountType + " account " + loginPhone + " with merchant " + merchantId);
        }
        this.accountType = accountType;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.mustChangePassword = false;
    }

    public void grant(ConsoleRole role) {
        roles.add(Objects.requireNonNull(role));
    }

    public void revoke(ConsoleRole role) {
        roles.remove(role);
    }

    public Long getId() {
        return id;
    }

    public String getLoginPhone() {
        return loginPhone;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = Objects.requireNonNull(displayName);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getFailedSince() {
        return failedSince;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<ConsoleRole> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
