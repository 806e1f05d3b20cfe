package io.chargeops.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.RefusedException;
import io.chargeops.core.audit.OperationCaller;
import io.chargeops.core.audit.OperationLog;
import io.chargeops.core.identity.ConsoleAccountManagement;
import io.chargeops.core.identity.ConsoleAccountManagement.AccountRow;
import io.chargeops.core.identity.ConsoleAccountManagement.NewAccount;
import io.chargeops.core.identity.ConsoleAccountType;
import io.chargeops.core.identity.ConsoleRoles.RoleDraft;
import io.chargeops.core.identity.ConsoleRoles.RoleView;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles and accounts administered through the services, as the console calls them: a merchant administrator stays
 * within its merchant and its own permissions, every change lands in the operation log without secrets, a reset
 * password must be changed at the next sign-in.
 */
class ConsoleAdministrationTest {

    static final String ADMIN = "13900000000";
    static final String FRANCHISEE_ADMIN = "13922220001";
    static final char[] PASSWORD = "Start2026go".toCharArray();

    static OpsWorld world;
    static long merchantAdminRole;
    static long operatorRole;

    @BeforeAll
    static void start() {
        world = new OpsWorld();
        merchantAdminRole = roleId("MERCHANT_ADMIN");
        operatorRole = roleId("OPERATOR");
        OperationCaller.enter(OperationCaller.console(ADMIN, "10.0.0.1"));
        world.tx(() -> world.accountManagement.create(ADMIN, new NewAccount(FRANCHISEE_ADMIN, "加盟商管理员",
                ConsoleAccountType.MERCHANT, 2L, PASSWORD, Set.of(merchantAdminRole))));
    }

    @AfterEach
    void caller() {
        OperationCaller.enter(OperationCaller.console(ADMIN, "10.0.0.1"));
    }

    @AfterAll
    static void stop() {
        OperationCaller.clear();
        world.close();
    }

    @Test
    void aMerchantAdministratorGrantsOnlyWhatItHoldsAndNoPlatformScreens() {
        OperationCaller.enter(OperationCaller.console(FRANCHISEE_ADMIN, "10.0.0.2"));
        RoleView role = world.tx(() -> world.roles.save(FRANCHISEE_ADMIN,
                new RoleDraft(null, "FR2_DUTY", "值班", 1L, Set.of("dashboard", "orders:export"))));
        assertThat(role.merchantId()).as("a merchant's role is its own, whatever the form said").isEqualTo(2L);
        assertThat(role.permissions()).containsExactlyInAnyOrder("dashboard", "orders", "orders:export");

        assertThatThrownBy(() -> world.tx(() -> world.roles.save(FRANCHISEE_ADMIN,
                new RoleDraft(null, "FR2_REFUNDS", "退款", null, Set.of("refunds:decide")))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("platform-only-permission"));
        assertThatThrownBy(() -> world.tx(() -> world.roles.save(FRANCHISEE_ADMIN,
                new RoleDraft(null, "FR2_CUSTOM", "自定义", null, Set.of("interconnect")))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("permission-not-held"));
        assertThatThrownBy(() -> world.tx(() -> world.roles.save(FRANCHISEE_ADMIN,
                new RoleDraft(operatorRole, null, "运维", null, Set.of("dashboard")))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("built-in-role"));
    }

    @Test
    void aMerchantAdministratorOpensAccountsOfItsOwnMerchantOnly() {
        OperationCaller.enter(OperationCaller.console(FRANCHISEE_ADMIN, "10.0.0.2"));
        assertThatThrownBy(() -> world.tx(() -> world.accountManagement.create(FRANCHISEE_ADMIN, new NewAccount(
                "13922220009", "越权", ConsoleAccountType.PLATFORM, null, PASSWORD, Set.of(operatorRole)))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("permission-not-held"));
        assertThatThrownBy(() -> world.tx(() -> world.accountManagement.create(FRANCHISEE_ADMIN, new NewAccount(
                "13922220009", "越权", ConsoleAccountType.MERCHANT, 1L, PASSWORD, Set.of(operatorRole)))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("permission-not-held"));
        assertThatThrownBy(() -> world.tx(() -> world.accountManagement.create(FRANCHISEE_ADMIN, new NewAccount(
                "13922220009", "越权", ConsoleAccountType.MERCHANT, 2L, PASSWORD, Set.of(roleId("PLATFORM_ADMIN"))))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("permission-not-held"));

        AccountRow channel = world.tx(() -> world.accountManagement.create(FRANCHISEE_ADMIN, new NewAccount(
                "13922220002", "渠道专员", ConsoleAccountType.CHANNEL, null, PASSWORD, Set.of(operatorRole))));
        assertThat(channel.merchantId()).isEqualTo(2L);
        assertThat(channel.mustChangePassword()).isTrue();
        assertThat(world.tx(() -> world.menus.permissionsOf("13922220002"))).contains("orders")
                .doesNotContain("users", "accounts");

        // the platform administrator's account is out of its reach (and, under the data scope, out of its sight)
        long adminId = world.tx(() -> world.accountManagement.search(new ConsoleAccountManagement.Filter(ADMIN, null, null,
                null, null), 0, 1).get(0).id());
        assertThatThrownBy(() -> world.tx(() -> world.accountManagement.setEnabled(FRANCHISEE_ADMIN, adminId, false)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("unknown-account"));
    }

    @Test
    void nobodyDisablesItselfOrAnAccountThatMayDoMore() {
        long own = accountId(FRANCHISEE_ADMIN);
        OperationCaller.enter(OperationCaller.console(FRANCHISEE_ADMIN, "10.0.0.2"));
        assertThatThrownBy(() -> world.tx(() -> world.accountManagement.setEnabled(FRANCHISEE_ADMIN, own, false)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("own-account"));
        // the seeded franchisee operator (OPERATOR: nothing beyond the administrator's) may be disabled and enabled again
        long operator = accountId("13900000003");
        assertThat(world.tx(() -> world.accountManagement.setEnabled(FRANCHISEE_ADMIN, operator, false)).enabled()).isFalse();
        assertThat(world.tx(() -> world.accountManagement.setEnabled(FRANCHISEE_ADMIN, operator, true)).enabled()).isTrue();
    }

    @Test
    void aResetPasswordMustBeChangedAtTheNextSignInAndNoHashIsLogged() {
        String phone = "13911110077";
        world.tx(() -> world.accountManagement.create(ADMIN, new NewAccount(phone, "财务助理",
                ConsoleAccountType.PLATFORM, null, PASSWORD, Set.of(roleId("FINANCE")))));
        world.run(() -> world.accounts.changePassword(phone, PASSWORD, "Mine2026ok".toCharArray()));
        assertThat(world.tx(() -> world.accounts.mustChangePassword(phone))).isFalse();

        world.tx(() -> world.accountManagement.resetPassword(ADMIN, accountId(phone), "Reset2026ok".toCharArray()));
        assertThat(world.tx(() -> world.accounts.verify(phone, "Reset2026ok".toCharArray()))).isPresent();
        assertThat(world.tx(() -> world.accounts.mustChangePassword(phone))).isTrue();

        var entries = world.tx(() -> world.operationLog.search(new OperationLog.Filter(null, "account", phone, null, null), 0, 10));
        assertThat(entries).extracting(OperationLog.Row::action).containsExactly("account.password-reset", "account.create");
        assertThat(entries.get(0).actor()).isEqualTo(ADMIN);
        assertThat(entries.get(0).channel()).isEqualTo(OperationCaller.Channel.CONSOLE);
        assertThat(entries.get(0).remoteAddress()).isEqualTo("10.0.0.1");
        assertThat(entries.get(0).changes()).extracting(c -> c.field() + ":" + c.before() + "→" + c.after())
                .containsExactly("mustChangeAtNextSignIn:false→true");
        String stored = world.rows("SELECT e.changes FROM OperationLogEntry e", String.class).toString();
        assertThat(stored).doesNotContain("PBKDF2", "Reset2026ok", "Start2026go");
    }

    @Test
    void aTariffVersionIsLoggedWithTheChangedPricesOnly() {
        OperationCaller.enter(OperationCaller.api(ADMIN, "10.0.0.3"));
        world.run(() -> world.tariffs.addVersion(1L, null, Prices.demoPlus("0.10000"), "operator:" + ADMIN));
        OperationLog.Row entry = world.tx(() -> world.operationLog.search(
                new OperationLog.Filter(null, "tariff", "1", null, null), 0, 1)).get(0);
        assertThat(entry.action()).isEqualTo("tariff.version");
        assertThat(entry.channel()).isEqualTo(OperationCaller.Channel.API);
        assertThat(entry.merchantId()).isEqualTo(1L);
        assertThat(entry.changes()).filteredOn(c -> c.field().equals("SHARP")).singleElement()
                .satisfies(c -> assertThat(c.before() + " → " + c.after()).isEqualTo("1.18520 + 0.80000 → 1.28520 + 0.80000"));
        assertThat(entry.changes()).extracting(c -> c.field()).contains("modelNo").doesNotContain("name");
    }

    private static long roleId(String code) {
        return world.rows("SELECT r.id FROM ConsoleRole r WHERE r.roleCode = '" + code + "'", Long.class).get(0);
    }

    private static long accountId(String phone) {
        return world.rows("SELECT u.id FROM ConsoleUser u WHERE u.loginPhone = '" + phone + "'", Long.class).get(0);
    }
}
