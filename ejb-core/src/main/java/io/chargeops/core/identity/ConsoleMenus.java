package io.chargeops.core.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The console's RBAC: the menu catalogue (directories, pages, buttons) and which of it a caller's roles grant.
 * {@code PLATFORM_ADMIN} holds everything. A role's grants are its rows in {@code console_role_permission}; a built-in
 * role with no rows there has its default set ({@link #DEFAULTS}), so a fresh installation works before anyone edits
 * roles. Pages and buttons are guarded with these codes in the console (menus shown, pages refused, buttons hidden).
 */
@Stateless
public class ConsoleMenus {

    public static final String OPERATOR = "OPERATOR";
    public static final String FINANCE = "FINANCE";

    /** The catalogue in menu order. */
    public static final List<ConsoleMenu> CATALOGUE = List.of(
            page("dashboard", null, "menu.dashboard", "index.xhtml", "pi pi-chart-bar"),
            page("live", null, "menu.live", "live.xhtml", "pi pi-bolt"),
            button("live:stop", "live"),
            button("live:read", "live"),
            page("orders", null, "menu.orders", "orders.xhtml", "pi pi-list"),
            button("orders:settle", "orders"),
            page("interconnect", null, "menu.interconnect", "interconnect.xhtml", "pi pi-share-alt"),
            button("interconnect:edit", "interconnect"),
            button("orders:export", "orders"),
            directory("network", "menu.network", "pi pi-sitemap"),
            page("stations", "network", "menu.stations", "stations.xhtml", "pi pi-map-marker"),
            button("stations:create", "stations"),
            button("stations:edit", "stations"),
            button("stations:export", "stations"),
            page("piles", "network", "menu.piles", "piles.xhtml", "pi pi-server"),
            button("piles:onboard", "piles"),
            button("piles:edit", "piles"),
            button("piles:unbind", "piles"),
            page("models", "network", "menu.models", "models.xhtml", "pi pi-box"),
            button("models:edit", "models"),
            page("tariffs", "network", "menu.tariffs", "tariffs.xhtml", "pi pi-clock"),
            button("tariffs:edit", "tariffs"),
            page("commands", "network", "menu.commands", "commands.xhtml", "pi pi-send"),
            button("commands:run", "commands"),
            directory("customers", "menu.customers", "pi pi-users"),
            page("users", "customers", "menu.users", "users.xhtml", "pi pi-user"),
            button("wallets:recharge", "users"),
            button("users:disable", "users"),
            page("refunds", "customers", "menu.refunds", "refunds.xhtml", "pi pi-replay"),
            button("refunds:decide", "refunds"),
            directory("system", "menu.system", "pi pi-cog"),
            page("accounts", "system", "menu.accounts", "accounts.xhtml", "pi pi-id-card"),
            button("accounts:edit", "accounts"),
            page("roles", "system", "menu.roles", "roles.xhtml", "pi pi-shield"),
            button("roles:edit", "roles"),
            page("oplog", "system", "menu.oplog", "oplog.xhtml", "pi pi-history"),
            page("signins", "system", "menu.signins", "signins.xhtml", "pi pi-sign-in"));

    /**
     * Codes only platform accounts hold, whatever their roles: app users and their wallets are platform-wide (a
     * driver charges at every merchant's piles), so a merchant or franchisee account sees none of them.
     */
    static final Set<String> PLATFORM_ONLY = Set.of("customers", "users", "users:disable", "wallets:recharge", "refunds",
            "refunds:decide",
            // the hardware catalogue is the platform's: merchants pick from it
            "models:edit");

    /** Administration a channel account never holds, whatever its roles: it sells for a merchant, it runs no console. */
    static final Set<String> NOT_FOR_CHANNELS = Set.of("accounts", "accounts:edit", "roles", "roles:edit");

    /** What the built-in roles may do until an administrator gives them rows of their own. */
    static final Map<String, Set<String>> DEFAULTS = Map.of(
            ConsoleRole.MERCHANT_ADMIN, Set.of("dashboard", "live", "live:stop", "live:read", "orders", "orders:settle",
                    "orders:export", "network", "stations", "stations:create", "stations:edit", "stations:export", "piles",
                    "piles:onboard", "piles:edit", "piles:unbind", "models", "tariffs", "tariffs:edit", "commands",
                    "commands:run", "system", "accounts", "accounts:edit", "roles", "roles:edit", "oplog", "signins"),
            OPERATOR, Set.of("dashboard", "live", "live:stop", "live:read", "orders", "orders:export", "network",
                    "stations", "stations:create", "stations:edit", "stations:export", "piles", "piles:onboard", "piles:edit",
                    "piles:unbind", "models", "tariffs", "tariffs:edit", "commands",
                    "commands:run", "customers", "users", "users:disable"),
            FINANCE, Set.of("dashboard", "orders", "orders:settle", "orders:export", "customers", "users",
                    "wallets:recharge", "refunds", "refunds:decide"));

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    /** The role codes of a console account (none for an unknown phone). */
    public Set<String> rolesOf(String loginPhone) {
        @SuppressWarnings("unchecked")
        List<Object> codes = em.createNativeQuery("SELECT role_code FROM v_console_user_group WHERE login_phone = ?1")
                .setParameter(1, loginPhone).getResultList();
        return codes.stream().map(Object::toString).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Every permission code the roles grant together. */
    public Set<String> permissions(Set<String> roleCodes) {
        if (roleCodes.contains(ConsoleRole.PLATFORM_ADMIN)) {
            return CATALOGUE.stream().map(ConsoleMenu::code).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        Map<String, Set<String>> granted = new HashMap<>();
        if (!roleCodes.isEmpty()) {
            @SuppressWarnings("unchecked")
            // a native query does not expand a list parameter (H2 and DM8 want "IN (…)"); the table is small
            List<Object[]> rows = em.createNativeQuery("SELECT r.role_code, p.permission_code FROM console_role_permission p "
                            + "JOIN console_role r ON r.id = p.role_id").getResultList();
            for (Object[] row : rows) {
                if (!roleCodes.contains((String) row[0])) {
                    continue;
                }
                granted.computeIfAbsent((String) row[0], r -> new LinkedHashSet<>()).add((String) row[1]);
            }
        }
        Set<String> all = new LinkedHashSet<>();
        for (String role : roleCodes) {
            all.addAll(granted.getOrDefault(role, DEFAULTS.getOrDefault(role, Set.of())));
        }
        // a page's directory is shown when one of its pages is
        CATALOGUE.stream().filter(m -> m.kind() == ConsoleMenu.Kind.PAGE && m.parent() != null && all.contains(m.code()))
                .forEach(m -> all.add(m.parent()));
        return all;
    }

    /**
     * What a console account may do: its roles' permissions, less the platform-only ones for a merchant or
     * franchisee account. Empty for an unknown or disabled account.
     */
    public Set<String> permissionsOf(String loginPhone) {
        ConsoleUser user = em.createQuery("SELECT u FROM ConsoleUser u WHERE u.loginPhone = :phone", ConsoleUser.class)
                .setParameter("phone", loginPhone).getResultStream().findFirst().filter(ConsoleUser::isEnabled).orElse(null);
        if (user == null) {
            return Set.of();
        }
        return PermissionGrants.effective(permissions(rolesOf(loginPhone)), user.getAccountType());
    }

    /** What one role grants: everything for PLATFORM_ADMIN, else its own rows, or a built-in role's defaults. */
    static Set<String> grantsOf(String roleCode, Set<String> rows) {
        if (ConsoleRole.PLATFORM_ADMIN.equals(roleCode)) {
            return CATALOGUE.stream().map(ConsoleMenu::code).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        return new LinkedHashSet<>(rows.isEmpty() ? DEFAULTS.getOrDefault(roleCode, Set.of()) : rows);
    }

    /** The menu entries (directories and pages, not buttons) a set of permissions shows, in catalogue order. */
    public static List<ConsoleMenu> menuOf(Set<String> granted) {
        return CATALOGUE.stream().filter(m -> m.kind() != ConsoleMenu.Kind.BUTTON && granted.contains(m.code())).toList();
    }

    /** The menu entries (directories and pages, not buttons) the roles may see, in catalogue order. */
    public List<ConsoleMenu> menu(Set<String> roleCodes) {
        Set<String> granted = permissions(roleCodes);
        return CATALOGUE.stream().filter(m -> m.kind() != ConsoleMenu.Kind.BUTTON && granted.contains(m.code())).toList();
    }

    private static ConsoleMenu page(String code, String parent, String titleKey, String path, String icon) {
        return new ConsoleMenu(code, ConsoleMenu.Kind.PAGE, parent, titleKey, path, icon);
    }

    private static ConsoleMenu directory(String code, String titleKey, String icon) {
        return new ConsoleMenu(code, ConsoleMenu.Kind.DIRECTORY, null, titleKey, null, icon);
    }

    private static ConsoleMenu button(String code, String page) {
        return new ConsoleMenu(code, ConsoleMenu.Kind.BUTTON, page, null, null, null);
    }
}
