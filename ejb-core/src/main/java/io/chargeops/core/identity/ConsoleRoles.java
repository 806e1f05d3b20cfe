package io.chargeops.core.identity;

import io.chargeops.core.RefusedException;
import io.chargeops.core.audit.OperationLog;
import io.chargeops.core.merchant.Merchants;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Console roles (角色管理): list, create, edit their permissions, delete. The data scope shows a merchant account the
 * platform's built-in roles and its own merchant's roles. Rules: editing needs {@code roles:edit}; a merchant account
 * edits its own merchant's roles only (built-in roles are the platform's); PLATFORM_ADMIN always holds everything and
 * is never edited; built-in roles are never deleted, a role still held by an account neither; nobody grants a
 * permission it does not hold ({@link PermissionGrants}); a merchant's role holds no platform-wide screens.
 */
@Stateless
public class ConsoleRoles {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    ConsoleMenus menus;

    @EJB
    Merchants merchants;

    @EJB
    OperationLog operationLog;

    /** A role as the screens show it: {@code permissions} is what it grants (defaults for untouched built-in roles). */
    public record RoleView(Long id, String code, String name, Long merchantId, boolean builtIn, Set<String> permissions,
                           long accounts) {
    }

    /** What the role form sends: {@code id} null for a new role; {@code merchantId} only counts for platform accounts. */
    public record RoleDraft(Long id, String code, String name, Long merchantId, Set<String> permissions) {
    }

    /** The roles the caller's data scope shows, built-in first, then by code. */
    public List<RoleView> list() {
        return em.createQuery("SELECT r FROM ConsoleRole r ORDER BY r.id", ConsoleRole.class).getResultList().stream()
                .map(this::view)
                .sorted(Comparator.comparing((RoleView r) -> !r.builtIn()).thenComparing(RoleView::code))
                .toList();
    }

    public Optional<RoleView> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(ConsoleRole.class, id)).map(this::view);
    }

    /** Creates or changes a role for the account {@code granterPhone}; see the class comment for the rules. */
    public RoleView save(String granterPhone, RoleDraft draft) {
        Granter granter = granter(granterPhone);
        granter.require("roles:edit");
        String name = draft.name() == null ? "" : draft.name().trim();
        if (name.isEmpty() || name.length() > 50) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-role", "A role name has 1 to 50 characters");
        }
        Set<String> permissions = PermissionGrants.completed(draft.permissions() == null ? Set.of() : draft.permissions());
        if (permissions.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "empty-role", "A role grants at least one permission");
        }
        ConsoleRole role;
        Map<String, Object> before = null;
        if (draft.id() == null) {
            String code = draft.code() == null ? "" : draft.code().trim();
            if (!code.matches("[A-Z][A-Z0-9_]{1,63}")) {
                throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-role",
                        "A role code is 2 to 64 capital letters, digits or _, starting with a letter: " + code);
            }
            Number taken = (Number) em.createNativeQuery("SELECT COUNT(*) FROM console_role WHERE role_code = ?1")
                    .setParameter(1, code).getSingleResult();
            if (taken.longValue() > 0 || ConsoleRole.BUILT_IN.contains(code)) {
                throw new RefusedException(RefusedException.Kind.CONFLICT, "role-code-taken", "Role code " + code + " is taken");
            }
            Long merchantId = granter.isPlatform() ? draft.merchantId() : granter.merchantId();
            if (merchantId != null && !merchants.exists(merchantId)) {
                throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "unknown-merchant", "No merchant " + merchantId);
            }
            role = new ConsoleRole(code, name, merchantId);
        } else {
            role = role(draft.id());
            if (role.isBuiltIn() && !granter.isPlatform()) {
                throw new RefusedException(RefusedException.Kind.CONFLICT, "built-in-role",
                        "Role " + role.getRoleCode() + " is the platform's; a merchant defines roles of its own");
            }
            granter.requireOwn(role.getMerchantId(), "role");
            if (ConsoleRole.PLATFORM_ADMIN.equals(role.getRoleCode())) {
                throw new RefusedException(RefusedException.Kind.CONFLICT, "built-in-role",
                        "PLATFORM_ADMIN holds every permission and is not edited");
            }
            before = described(role.getRoleName(), grants(role));
        }
        if (role.getMerchantId() != null) {
            Set<String> platformOnly = new TreeSet<>(permissions);
            platformOnly.retainAll(ConsoleMenus.PLATFORM_ONLY);
            if (!platformOnly.isEmpty()) {
                throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "platform-only-permission",
                        "A merchant's role cannot hold platform-wide screens " + platformOnly);
            }
        }
        PermissionGrants.requireHeld(granter.permissions(), permissions, "Role " + role.getRoleCode());
        role.setRoleName(name);
        role.grantExactly(permissions);
        if (role.getId() == null) {
            em.persist(role);
        }
        em.flush();
        operationLog.record(before == null ? "role.create" : "role.update", "role", role.getRoleCode(), role.getMerchantId(),
                before, described(role.getRoleName(), permissions));
        return view(role);
    }

    /** Deletes a role of one's own that no account holds (409 {@code built-in-role}, {@code role-in-use}). */
    public void delete(String granterPhone, Long id) {
        Granter granter = granter(granterPhone);
        granter.require("roles:edit");
        ConsoleRole role = role(id);
        granter.requireOwn(role.getMerchantId(), "role");
        if (role.isBuiltIn()) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, "built-in-role", "Built-in role " + role.getRoleCode() + " stays");
        }
        if (holders(role.getId()) > 0) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, "role-in-use",
                    "Role " + role.getRoleCode() + " is still held by an account; take it away from them first");
        }
        PermissionGrants.requireHeld(granter.permissions(), grants(role), "Deleting role " + role.getRoleCode());
        Map<String, Object> before = described(role.getRoleName(), grants(role));
        em.remove(role);
        em.flush();
        operationLog.record("role.delete", "role", role.getRoleCode(), role.getMerchantId(), before, null);
    }

    /**
     * The roles {@code granterPhone} may give an account of {@code type} at {@code merchantId}: the platform's roles
     * and that merchant's, PLATFORM_ADMIN to platform accounts by a platform administrator only, and only roles granting
     * nothing beyond the granter's own permissions.
     */
    public List<RoleView> assignable(String granterPhone, ConsoleAccountType type, Long merchantId) {
        Granter granter = granter(granterPhone);
        List<RoleView> roles = new ArrayList<>();
        for (RoleView role : list()) {
            if (mayAssign(granter, role, type, merchantId)) {
                roles.add(role);
            }
        }
        return roles;
    }

    static boolean mayAssign(Granter granter, RoleView role, ConsoleAccountType type, Long merchantId) {
        if (role.merchantId() != null && !role.merchantId().equals(merchantId)) {
            return false;
        }
        if (ConsoleRole.PLATFORM_ADMIN.equals(role.code())) {
            return type == ConsoleAccountType.PLATFORM && granter.platformAdmin();
        }
        return granter.permissions().containsAll(PermissionGrants.effective(role.permissions(), type));
    }

    Granter granter(String phone) {
        return granter(em, menus, phone);
    }

    /** Static (with the caller's own entity manager) because another EJB's proxy exposes no package-private method. */
    static Granter granter(EntityManager em, ConsoleMenus menus, String phone) {
        ConsoleUser user = em.createQuery("SELECT u FROM ConsoleUser u WHERE u.loginPhone = :p", ConsoleUser.class)
                .setParameter("p", phone).getResultStream().findFirst().filter(ConsoleUser::isEnabled)
                .orElseThrow(() -> new RefusedException(RefusedException.Kind.UNPROCESSABLE, "permission-not-held",
                        "No enabled console account " + phone));
        return Granter.of(user, menus.permissionsOf(phone), menus.rolesOf(phone));
    }

    ConsoleRole role(Long id) {
        return role(em, id);
    }

    static ConsoleRole role(EntityManager em, Long id) {
        ConsoleRole role = id == null ? null : em.find(ConsoleRole.class, id);
        if (role == null) {
            throw new RefusedException(RefusedException.Kind.NOT_FOUND, "unknown-role", "No role " + id);
        }
        return role;
    }

    RoleView view(ConsoleRole role) {
        return view(em, role);
    }

    static RoleView view(EntityManager em, ConsoleRole role) {
        // counted through the data scope: a merchant learns nothing of other merchants' accounts
        long visibleHolders = em.createQuery("SELECT COUNT(u) FROM ConsoleUser u JOIN u.roles r WHERE r.id = :id", Long.class)
                .setParameter("id", role.getId()).getSingleResult();
        return new RoleView(role.getId(), role.getRoleCode(), role.getRoleName(), role.getMerchantId(), role.isBuiltIn(),
                grants(role), visibleHolders);
    }

    static Set<String> grants(ConsoleRole role) {
        return ConsoleMenus.grantsOf(role.getRoleCode(), role.getPermissions());
    }

    private long holders(Long roleId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM console_user_role WHERE role_id = ?1")
                .setParameter(1, roleId).getSingleResult()).longValue();
    }

    private static Map<String, Object> described(String name, Set<String> permissions) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("permissions", new ArrayList<>(new TreeSet<>(permissions)));
        return map;
    }
}
