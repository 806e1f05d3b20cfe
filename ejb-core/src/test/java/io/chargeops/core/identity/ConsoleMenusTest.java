package io.chargeops.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.core.persistence.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console's RBAC on the demo accounts: built-in role defaults, role rows, platform-only screens. */
class ConsoleMenusTest {

    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = TestDatabase.withDemoData();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static <T> T menus(java.util.function.Function<ConsoleMenus, T> call) {
        return db.read(em -> {
            ConsoleMenus menus = new ConsoleMenus();
            menus.em = em;
            return call.apply(menus);
        });
    }

    @Test
    void adminHoldsEveryEntryOfTheCatalogue() {
        Set<String> all = menus(m -> m.permissionsOf("13900000000"));
        assertThat(all).containsAll(ConsoleMenus.CATALOGUE.stream().map(ConsoleMenu::code).toList());
    }

    @Test
    void operatorGetsTheDefaultsWithTheirDirectories() {
        Set<String> operator = menus(m -> m.permissionsOf("13900000001"));
        assertThat(operator).contains("network", "stations", "piles", "piles:onboard", "tariffs", "tariffs:edit", "commands:run",
                "customers", "users").doesNotContain("orders:settle", "wallets:recharge", "refunds");
        Set<String> finance = menus(m -> m.permissionsOf("13900000002"));
        assertThat(finance).contains("refunds", "refunds:decide", "wallets:recharge").doesNotContain("piles", "network");
    }

    @Test
    void merchantAccountsNeverGetPlatformOnlyScreens() {
        Set<String> franchisee = menus(m -> m.permissionsOf("13900000003"));
        assertThat(franchisee).contains("stations", "piles", "tariffs", "commands")
                .doesNotContainAnyElementsOf(ConsoleMenus.PLATFORM_ONLY);
        List<String> menu = ConsoleMenus.menuOf(franchisee).stream().map(ConsoleMenu::code).toList();
        assertThat(menu).startsWith("dashboard", "live", "orders", "network").doesNotContain("customers", "piles:onboard");
    }

    @Test
    void unknownAccountHasNothing() {
        Set<String> none = menus(m -> m.permissionsOf("13999999999"));
        assertThat(none).isEmpty();
    }

    @Test
    void roleRowsReplaceTheDefaults() {
        db.inTransaction(em -> {
            em.createNativeQuery("INSERT INTO console_role_permission (role_id, permission_code) VALUES (3, 'orders')").executeUpdate();
        });
        try {
            Set<String> replaced = menus(m -> m.permissionsOf("13900000002"));
            assertThat(replaced).containsExactly("orders");
        } finally {
            db.inTransaction(em -> {
                em.createNativeQuery("DELETE FROM console_role_permission WHERE role_id = 3").executeUpdate();
            });
        }
    }
}
