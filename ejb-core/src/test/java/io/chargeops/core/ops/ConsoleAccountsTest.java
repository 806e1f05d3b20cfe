package io.chargeops.core.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.core.identity.ConsoleCaller;
import io.chargeops.core.identity.Pbkdf2Passwords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One check of console credentials for the console and the ops API: the seed's accounts, roles and hashes. */
class ConsoleAccountsTest {

    static OpsWorld world;

    @BeforeAll
    static void start() {
        world = new OpsWorld();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    @Test
    void demoAdminIsAPlatformUserWhoMayOperate() {
        ConsoleCaller admin = world.accounts.verify("13900000000", "ChargeOps#2026".toCharArray()).orElseThrow();
        assertThat(admin.roles()).containsExactly("PLATFORM_ADMIN");
        assertThat(admin.mayOperate()).isTrue();
        assertThat(admin.isPlatformUser()).isTrue();
    }

    @Test
    void operatorMayOperateFinanceMayNot() {
        assertThat(world.accounts.verify("13900000001", "ChargeOps#2026".toCharArray()).orElseThrow().mayOperate()).isTrue();
        ConsoleCaller finance = world.accounts.verify("13900000002", "ChargeOps#2026".toCharArray()).orElseThrow();
        assertThat(finance.roles()).containsExactly("FINANCE");
        assertThat(finance.mayOperate()).isFalse();
    }

    @Test
    void wrongPasswordUnknownAccountAndEmptyInputAreRefused() {
        assertThat(world.accounts.verify("13900000000", "chargeops#2026".toCharArray())).isEmpty();
        assertThat(world.accounts.verify("13900009999", "ChargeOps#2026".toCharArray())).isEmpty();
        assertThat(world.accounts.verify("", "x".toCharArray())).isEmpty();
        assertThat(world.accounts.verify("13900000000", new char[0])).isEmpty();
        assertThat(world.accounts.verify(null, null)).isEmpty();
    }

    @Test
    void disabledAccountIsRefused() {
        world.run(() -> world.em.createQuery("UPDATE ConsoleUser u SET u.enabled = false WHERE u.loginPhone = '13900000001'")
                .executeUpdate());
        try {
            assertThat(world.accounts.verify("13900000001", "ChargeOps#2026".toCharArray())).isEmpty();
        } finally {
            world.run(() -> world.em.createQuery("UPDATE ConsoleUser u SET u.enabled = true WHERE u.loginPhone = '13900000001'")
                    .executeUpdate());
        }
    }

    @Test
    void hashesRoundTripInTheJakartaSecurityFormat() {
        String hash = Pbkdf2Passwords.hash("秘密-123".toCharArray());
        assertThat(hash).startsWith("PBKDF2WithHmacSHA256:2048:");
        assertThat(Pbkdf2Passwords.verify("秘密-123".toCharArray(), hash)).isTrue();
        assertThat(Pbkdf2Passwords.verify("秘密-124".toCharArray(), hash)).isFalse();
        assertThat(Pbkdf2Passwords.verify("x".toCharArray(), "garbage")).isFalse();
        assertThat(Pbkdf2Passwords.verify("x".toCharArray(), "PBKDF2WithHmacSHA256:abc:!!:??")).isFalse();
    }
}
