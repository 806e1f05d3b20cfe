package io.chargeops.core.identity;

import io.chargeops.core.RefusedException;
import io.chargeops.core.persistence.DataScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place console credentials are checked: the console's identity store (web-admin-jsf) and the ops API's
 * HTTP Basic filter (rest-api) both call {@link #verify}, in both runtime shapes (one WAR on Payara Micro, separate
 * modules in the EAR). The account must exist and be enabled (what view {@code v_console_credential} shows), not be
 * locked, and the PBKDF2 hash must match; groups are the role codes ({@code v_console_user_group}).
 *
 * <p>Lockout: {@code chargeops.console.lockout.max-failures} wrong passwords (default 5) within
 * {@code chargeops.console.lockout.window-minutes} (15) lock the account for
 * {@code chargeops.console.lockout.lock-minutes} (15), on the console and the ops API alike; while locked even the
 * right password is refused, and a right password ends a run of failures. The counters are written under a row
 * lock, so concurrent attempts (the ops API is called in parallel) count exactly and never conflict.
 */
@Stateless
public class ConsoleAccounts {

    private static final Logger LOG = Logger.getLogger(ConsoleAccounts.class.getName());

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    /** Role codes that may use {@code /api/admin/v1}; any of them is enough. */
    @Inject
    @ConfigProperty(name = "chargeops.admin-api.roles", defaultValue = "PLATFORM_ADMIN,OPERATOR")
    String operatingRoles;

    @Inject
    @ConfigProperty(name = "chargeops.console.lockout.max-failures", defaultValue = "5")
    int maxFailures = 5;

    @Inject
    @ConfigProperty(name = "chargeops.console.lockout.window-minutes", defaultValue = "15")
    long windowMinutes = 15;

    @Inject
    @ConfigProperty(name = "chargeops.console.lockout.lock-minutes", defaultValue = "15")
    long lockMinutes = 15;

    /** Spares the PBKDF2 derivation for a password that matched moments ago (the ops API sends it on every call). */
    @Inject
    RecentPasswordChecks recentChecks = new RecentPasswordChecks();

    Clock clock = Clock.systemUTC();

    /**
     * The data scope of a signed-in console account: its merchant's, or all for a platform account. An account that
     * no longer exists or was disabled sees nothing of any merchant (a scope no row matches).
     */
    public DataScope scopeOf(String loginPhone) {
        return user(loginPhone)
                .filter(ConsoleUser::isEnabled)
                .map(u -> DataScope.of(u.getMerchantId()))
                .orElse(DataScope.NOTHING);
    }

    /**
     * The caller when phone and password match an enabled, unlocked account; empty otherwise (never says why). A
     * wrong password counts towards the lockout.
     */
    public Optional<ConsoleCaller> verify(String loginPhone, char[] password) {
        if (loginPhone == null || loginPhone.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        ConsoleUser user = user(loginPhone).orElse(null);
        Instant now = clock.instant();
        if (user == null || !user.isEnabled() || user.isLockedAt(now)) {
            return Optional.empty();
        }
        boolean matches = recentChecks.matchedRecently(loginPhone, user.getPasswordHash(), password);
        if (!matches && Pbkdf2Passwords.verify(password, user.getPasswordHash())) {
            recentChecks.matched(loginPhone, user.getPasswordHash(), password);
            matches = true;
        }
        if (!matches) {
            em.lock(user, LockModeType.PESSIMISTIC_WRITE); // re-reads the row under lock: concurrent failures count once each
            user.recordFailedLogin(now, Math.max(1, maxFailures), Duration.ofMinutes(windowMinutes), Duration.ofMinutes(lockMinutes));
            if (user.isLockedAt(now)) {
                LOG.warning(() -> "Console account " + loginPhone + " locked until " + user.getLockedUntil() + " after "
                        + maxFailures + " wrong passwords within " + windowMinutes + " min");
            }
            return Optional.empty();
        }
        if (user.hasFailuresToForget()) {
            em.lock(user, LockModeType.PESSIMISTIC_WRITE);
            user.forgetFailures();
        }
        return Optional.of(caller(user));
    }

    /**
     * The caller for an account that proved who it is another way (a QR sign-in of an identity it bound): enabled
     * and not locked, or empty.
     */
    public Optional<ConsoleCaller> callerOf(Long userId) {
        ConsoleUser user = userId == null ? null : em.find(ConsoleUser.class, userId);
        if (user == null || !user.isEnabled() || user.isLockedAt(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(caller(user));
    }

    /** The account's id, whatever its state. */
    public Optional<Long> idOf(String loginPhone) {
        return user(loginPhone).map(ConsoleUser::getId);
    }

    private ConsoleCaller caller(ConsoleUser user) {
        Set<String> roles = user.getRoles().stream().map(ConsoleRole::getRoleCode).collect(Collectors.toCollection(TreeSet::new));
        Set<String> operating = Arrays.stream(operatingRoles.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        boolean mayOperate = roles.stream().anyMatch(operating::contains);
        return new ConsoleCaller(user.getLoginPhone(), user.getDisplayName(), user.getMerchantId(), roles, mayOperate);
    }

    /** Whether the account is locked now (the sign-in screen says so instead of "wrong password"). */
    public boolean isLocked(String loginPhone) {
        return user(loginPhone).map(u -> u.isLockedAt(clock.instant())).orElse(false);
    }

    /**
     * Called by the console after a successful sign-in: records it, and answers whether the account must set a new
     * password before doing anything else (first sign-in, or after an administrator's reset).
     */
    public boolean signedIn(String loginPhone) {
        ConsoleUser user = user(loginPhone).orElse(null);
        if (user == null) {
            return false;
        }
        user.recordSuccessfulLogin(clock.instant());
        return user.isMustChangePassword();
    }

    public boolean mustChangePassword(String loginPhone) {
        return user(loginPhone).map(ConsoleUser::isMustChangePassword).orElse(false);
    }

    /**
     * Sets a new password after checking the current one. Refused: wrong current password (422
     * {@code wrong-password}; only a signed-in account gets here), a new password of fewer than 8 or more
     * than 64 characters, without both letters and digits, or equal to the current one (422 {@code weak-password}).
     */
    public void changePassword(String loginPhone, char[] current, char[] replacement) {
        ConsoleUser user = user(loginPhone).orElseThrow(() -> new RefusedException(RefusedException.Kind.NOT_FOUND,
                "unknown-account", "No console account " + loginPhone));
        if (current == null || user.isLockedAt(clock.instant()) || !Pbkdf2Passwords.verify(current, user.getPasswordHash())) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "wrong-password", "The current password is wrong");
        }
        String weak = weakness(replacement);
        if (weak == null && Arrays.equals(current, replacement)) {
            weak = "the new password must differ from the current one";
        }
        if (weak != null) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "weak-password", weak);
        }
        user.changePasswordHash(Pbkdf2Passwords.hash(replacement));
        LOG.info(() -> "Console account " + loginPhone + " set a new password");
    }

    /** Why a new password is not accepted, or null. */
    static String weakness(char[] password) {
        if (password == null || password.length < 8 || password.length > 64) {
            return "a password has 8 to 64 characters";
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit ? null : "a password needs letters and digits";
    }

    private Optional<ConsoleUser> user(String loginPhone) {
        if (loginPhone == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT u FROM ConsoleUser u WHERE u.loginPhone = :phone", ConsoleUser.class)
                .setParameter("phone", loginPhone)
                .getResultStream().findFirst();
    }
}
