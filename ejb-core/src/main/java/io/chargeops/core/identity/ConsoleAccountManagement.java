package io.chargeops.core.identity;

import io.chargeops.core.RefusedException;
import io.chargeops.core.audit.OperationLog;
import io.chargeops.core.merchant.Merchants;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Console accounts (账号管理): list, create platform, merchant and channel accounts, enable/disable, reset a
 * password (the account must choose a new one at its next sign-in, as at its first) and assign roles. The data scope
 * shows a merchant account its own merchant's accounts only. Rules, checked here whatever the screen offers:
 * changes need {@code accounts:edit}; a merchant's administrator creates accounts of its own merchant only, never
 * platform accounts; roles are assignable as {@link ConsoleRoles#assignable} says (nobody grants more than it holds);
 * nobody disables, resets or re-roles itself, or an account that may do more than itself.
 */
@Stateless
public class ConsoleAccountManagement {

    private static final Logger LOG = Logger.getLogger(ConsoleAccountManagement.class.getName());

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    ConsoleMenus menus;

    @EJB
    Merchants merchants;

    @EJB
    OperationLog operationLog;

    Clock clock = Clock.systemUTC();

    /** One account as the list shows it; never its password hash. */
    public record AccountRow(Long id, String phone, String displayName, ConsoleAccountType type, Long merchantId,
                             boolean enabled, boolean locked, boolean mustChangePassword, Instant lastLoginAt,
                             List<Long> roleIds, List<String> roleCodes) {
    }

    /** List filters; null fields do not filter. {@code phone} and {@code name} match the start. */
    public record Filter(String phone, String name, ConsoleAccountType type, Long merchantId, Boolean enabled) {
    }

    /** The new-account form. */
    public record NewAccount(String phone, String displayName, ConsoleAccountType type, Long merchantId,
                             char[] initialPassword, Set<Long> roleIds) {
    }

    public List<AccountRow> search(Filter filter, int first, int max) {
        return query(filter, "SELECT u", " ORDER BY u.id", ConsoleUser.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList().stream().map(this::row).toList();
    }

    public long count(Filter filter) {
        return query(filter, "SELECT COUNT(u)", "", Long.class).getSingleResult();
    }

    public Optional<AccountRow> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ConsoleUser.class, id)).map(this::row);
    }

    /**
     * Opens an account with an initial password it must replace at its first sign-in. Refused: a phone that is not
     * a mainland mobile number or a name of 1..50 characters (422 {@code invalid-account}), a phone in use (409
     * {@code phone-taken}), a weak password (422 {@code weak-password}), a merchant or channel account without an
     * existing merchant (422 {@code unknown-merchant}), and the role rules.
     */
    public AccountRow create(String granterPhone, NewAccount a) {
        Granter granter = ConsoleRoles.granter(em, menus, granterPhone);
        granter.require("accounts:edit");
        ConsoleAccountType type = a.type() == null ? ConsoleAccountType.MERCHANT : a.type();
        Long merchantId = type.needsMerchant() ? (granter.isPlatform() ? a.merchantId() : granter.merchantId()) : null;
        if (!granter.isPlatform() && (type == ConsoleAccountType.PLATFORM
                || (a.merchantId() != null && !a.merchantId().equals(granter.merchantId())))) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "permission-not-held",
                    "Account " + granterPhone + " opens accounts of merchant " + granter.merchantId() + " only");
        }
        if (type.needsMerchant() && !merchants.exists(merchantId)) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "unknown-merchant",
                    "A " + type + " account belongs to a merchant; no merchant " + merchantId);
        }
        String phone = a.phone() == null ? "" : a.phone().trim();
        String name = a.displayName() == null ? "" : a.displayName().trim();
        if (!phone.matches("1\\d{10}") || name.isEmpty() || name.length() > 50) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-account",
                    "An account has a mobile number of 11 digits starting with 1 and a name of 1 to 50 characters");
        }
        Number taken = (Number) em.createNativeQuery("SELECT COUNT(*) FROM console_user WHERE login_phone = ?1")
                .setParameter(1, phone).getSingleResult();
        if (taken.longValue() > 0) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, "phone-taken", "Phone " + phone + " already has an account");
        }
        requireStrong(a.initialPassword());
        ConsoleUser user = new ConsoleUser(phone, name, Pbkdf2Passwords.hash(a.initialPassword()), merchantId);
        user.setAccountType(type);
        for (ConsoleRole role : assignableRoles(granter, a.roleIds(), type, merchantId)) {
            user.grant(role);
        }
        em.persist(user);
        em.flush();
        operationLog.record("account.create", "account", phone, merchantId, null, described(user));
        LOG.info(() -> "Console account " + phone + " (" + type + ", merchant " + merchantId + ") opened by " + granterPhone);
        return row(user);
    }

    /** Enables or disables an account (a disabled account cannot sign in to the console or the ops API). */
    public AccountRow setEnabled(String granterPhone, Long id, boolean enabled) {
        Granter granter = ConsoleRoles.granter(em, menus, granterPhone);
        ConsoleUser user = manageable(granter, id);
        Map<String, Object> before = described(user);
        user.setEnabled(enabled);
        em.flush();
        operationLog.record(enabled ? "account.enable" : "account.disable", "account", user.getLoginPhone(),
                user.getMerchantId(), before, described(user));
        return row(user);
    }

    /** Sets a password the account must replace at its next sign-in; ends a lockout. */
    public AccountRow resetPassword(String granterPhone, Long id, char[] password) {
        Granter granter = ConsoleRoles.granter(em, menus, granterPhone);
        ConsoleUser user = manageable(granter, id);
        requireStrong(password);
        Map<String, Object> before = described(user);
        user.resetPasswordHash(Pbkdf2Passwords.hash(password));
        em.flush();
        operationLog.record("account.password-reset", "account", user.getLoginPhone(), user.getMerchantId(), before,
                described(user));
        return row(user);
    }

    /** Renames an account and replaces its roles. */
    public AccountRow update(String granterPhone, Long id, String displayName, Set<Long> roleIds) {
        Granter granter = ConsoleRoles.granter(em, menus, granterPhone);
        ConsoleUser user = manageable(granter, id);
        String name = displayName == null ? "" : displayName.trim();
        if (name.isEmpty() || name.length() > 50) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-account", "A name has 1 to 50 characters");
        }
        List<ConsoleRole> granted = assignableRoles(granter, roleIds, user.getAccountType(), user.getMerchantId());
        Map<String, Object> before = described(user);
        user.setDisplayName(name);
        for (ConsoleRole role : new ArrayList<>(user.getRoles())) {
            if (!granted.contains(role)) {
                user.revoke(role);
            }
        }
        granted.forEach(user::grant);
        em.flush();
        operationLog.record("account.update", "account", user.getLoginPhone(), user.getMerchantId(), before, described(user));
        return row(user);
    }

    /** An account the granter may change: visible to it, not itself, and not able to do more than the granter. */
    private ConsoleUser manageable(Granter granter, Long id) {
        granter.require("accounts:edit");
        ConsoleUser user = id == null ? null : em.find(ConsoleUser.class, id);
        if (user == null) {
            throw new RefusedException(RefusedException.Kind.NOT_FOUND, "unknown-account", "No console account " + id);
        }
        granter.requireOwn(user.getMerchantId(), "account");
        if (user.getLoginPhone().equals(granter.phone())) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, "own-account",
                    "Your own account is changed by another administrator (your password: 修改密码)");
        }
        Set<String> roleCodes = menus.rolesOf(user.getLoginPhone());
        Set<String> theirs = PermissionGrants.effective(menus.permissions(roleCodes), user.getAccountType());
        boolean outranks = !granter.platformAdmin() && (!granter.permissions().containsAll(theirs)
                || roleCodes.contains(ConsoleRole.PLATFORM_ADMIN));
        if (outranks) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "permission-not-held",
                    "Account " + user.getLoginPhone() + " may do more than you; an administrator above you changes it");
        }
        return user;
    }

    private List<ConsoleRole> assignableRoles(Granter granter, Set<Long> roleIds, ConsoleAccountType type, Long merchantId) {
        if (roleIds == null || roleIds.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "no-role", "An account holds at least one role");
        }
        List<ConsoleRole> granted = new ArrayList<>();
        for (Long roleId : new TreeSet<>(roleIds)) {
            ConsoleRole role = ConsoleRoles.role(em, roleId);
            if (!ConsoleRoles.mayAssign(granter, ConsoleRoles.view(em, role), type, merchantId)) {
                throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "permission-not-held",
                        "Role " + role.getRoleCode() + " cannot be given by you to a " + type + " account"
                                + (merchantId == null ? "" : " of merchant " + merchantId));
            }
            granted.add(role);
        }
        return granted;
    }

    private static void requireStrong(char[] password) {
        String weak = ConsoleAccounts.weakness(password);
        if (weak != null) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "weak-password", weak);
        }
    }

    private AccountRow row(ConsoleUser u) {
        List<ConsoleRole> held = u.getRoles().stream().sorted(java.util.Comparator.comparing(ConsoleRole::getRoleCode)).toList();
        return new AccountRow(u.getId(), u.getLoginPhone(), u.getDisplayName(), u.getAccountType(), u.getMerchantId(),
                u.isEnabled(), u.isLockedAt(clock.instant()), u.isMustChangePassword(), u.getLastLoginAt(),
                held.stream().map(ConsoleRole::getId).toList(), held.stream().map(ConsoleRole::getRoleCode).toList());
    }

    /** What the operation log keeps of an account: never its password hash. */
    private static Map<String, Object> described(ConsoleUser u) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("displayName", u.getDisplayName());
        map.put("type", u.getAccountType());
        map.put("merchantId", u.getMerchantId());
        map.put("enabled", u.isEnabled());
        map.put("mustChangeAtNextSignIn", u.isMustChangePassword()); // a name without "password": ChangeDiff drops those
        map.put("roles", new ArrayList<>(new TreeSet<>(u.getRoles().stream().map(ConsoleRole::getRoleCode).toList())));
        return map;
    }

    private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
        Filter f = filter == null ? new Filter(null, null, null, null, null) : filter;
        StringBuilder jpql = new StringBuilder(select).append(" FROM ConsoleUser u WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (f.phone() != null && !f.phone().isBlank()) {
            jpql.append(" AND u.loginPhone LIKE :phone");
            parameters.put("phone", f.phone().trim() + "%");
        }
        if (f.name() != null && !f.name().isBlank()) {
            jpql.append(" AND u.displayName LIKE :name");
            parameters.put("name", f.name().trim() + "%");
        }
        if (f.type() != null) {
            jpql.append(" AND u.accountType = :type");
            parameters.put("type", f.type());
        }
        if (f.merchantId() != null) {
            jpql.append(" AND u.merchantId = :merchant");
            parameters.put("merchant", f.merchantId());
        }
        if (f.enabled() != null) {
            jpql.append(" AND u.enabled = :enabled");
            parameters.put("enabled", f.enabled());
        }
        TypedQuery<T> query = em.createQuery(jpql + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
