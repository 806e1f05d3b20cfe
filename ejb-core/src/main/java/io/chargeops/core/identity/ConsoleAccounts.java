package io.chargeops.core.identity;

import io.chargeops.core.persistence.DataScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place console credentials are checked: the console's identity store (web-admin-jsf) and the ops API's
 * HTTP Basic filter (rest-api) both call {@link #verify}, in both runtime shapes (one WAR on Payara Micro, separate
 * modules in the EAR). Same rules as the former database identity store: the account must exist and be enabled (what
 * view {@code v_console_credential} shows), the PBKDF2 hash must match, groups are the role codes
 * ({@code v_console_user_group}); in addition an account locked until a future instant is refused.
 */
@Stateless
public class ConsoleAccounts {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    /** Role codes that may use {@code /api/admin/v1}; any of them is enough. */
    @Inject
    @ConfigProperty(name = "chargeops.admin-api.roles", defaultValue = "PLATFORM_ADMIN,OPERATOR")
    String operatingRoles;

    Clock clock = Clock.systemUTC();

    /**
     * The data scope of a signed-in console account: its merchant's, or all for a platform account. An account that
     * no longer exists or was disabled sees nothing of any merchant (a scope no row matches).
     */
    public DataScope scopeOf(String loginPhone) {
        return em.createQuery("SELECT u FROM ConsoleUser u WHERE u.loginPhone = :phone", ConsoleUser.class)
                .setParameter("phone", loginPhone)
                .getResultStream().findFirst()
                .filter(ConsoleUser::isEnabled)
                .map(u -> DataScope.of(u.getMerchantId()))
                .orElse(DataScope.NOTHING);
    }

    /** The caller when phone and password match an enabled, unlocked account; empty otherwise (never says why). */
    public Optional<ConsoleCaller> verify(String loginPhone, char[] password) {
        if (loginPhone == null || loginPhone.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        ConsoleUser user = em.createQuery("SELECT u FROM ConsoleUser u WHERE u.loginPhone = :phone", ConsoleUser.class)
                .setParameter("phone", loginPhone)
                .getResultStream().findFirst().orElse(null);
        if (user == null || !user.isEnabled() || user.isLockedAt(clock.instant())
                || !Pbkdf2Passwords.verify(password, user.getPasswordHash())) {
            return Optional.empty();
        }
        Set<String> roles = user.getRoles().stream().map(ConsoleRole::getRoleCode).collect(Collectors.toCollection(TreeSet::new));
        Set<String> operating = Arrays.stream(operatingRoles.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        boolean mayOperate = roles.stream().anyMatch(operating::contains);
        return Optional.of(new ConsoleCaller(user.getLoginPhone(), user.getDisplayName(), user.getMerchantId(), roles,
                mayOperate));
    }
}
