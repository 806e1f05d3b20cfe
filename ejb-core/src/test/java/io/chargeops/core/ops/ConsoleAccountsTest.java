package io.chargeops.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.RefusedException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

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
        assertThat(world.tx(() -> world.accounts.verify("13900000000", "chargeops#2026".toCharArray()))).isEmpty();
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
    void fiveWrongPasswordsWithinTheWindowLockTheAccountEvenAgainstTheRightOne() {
        String phone = "13900000002";
        Instant start = Instant.parse("2026-03-01T02:00:00Z");
        try {
            for (int i = 0; i < 4; i++) {
                at(start.plusSeconds(60L * i));
                assertThat(verify(phone, "wrong")).isEmpty();
            }
            at(start.plusSeconds(300));
            assertThat(verify(phone, PASSWORD)).as("4 failures: still open, and the right password ends the run").isPresent();
            for (int i = 0; i < 5; i++) {
                at(start.plusSeconds(400L + i));
                assertThat(verify(phone, "wrong")).isEmpty();
            }
            at(start.plusSeconds(410));
            assertThat(world.accounts.isLocked(phone)).isTrue();
            assertThat(verify(phone, PASSWORD)).as("locked: the right password is refused too").isEmpty();
            at(start.plusSeconds(400 + 15 * 60 + 5));
            assertThat(world.accounts.isLocked(phone)).isFalse();
            assertThat(verify(phone, PASSWORD)).as("after 15 minutes").isPresent();
        } finally {
            at(null);
        }
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotLock() {
        String phone = "13900000001";
        Instant start = Instant.parse("2026-03-02T02:00:00Z");
        try {
            for (int i = 0; i < 8; i++) {
                at(start.plusSeconds(i * 4L * 60)); // every 4 minutes: never 5 within 15 minutes of a run's first
                assertThat(verify(phone, "wrong")).isEmpty();
                assertThat(world.accounts.isLocked(phone)).as("failure " + (i + 1)).isFalse();
            }
            assertThat(verify(phone, PASSWORD)).isPresent();
        } finally {
            at(null);
        }
    }

    @Test
    void firstSignInMustSetANewPasswordThatIsNotWeak() {
        String phone = "13900000003";
        world.run(() -> world.em.createQuery("UPDATE ConsoleUser u SET u.mustChangePassword = true WHERE u.loginPhone = :p")
                .setParameter("p", phone).executeUpdate());
        assertThat(world.tx(() -> world.accounts.signedIn(phone))).isTrue();
        assertRefused(() -> world.run(() -> world.accounts.changePassword(phone, "nope".toCharArray(), "NewPass2026".toCharArray())),
                "wrong-password");
        assertRefused(() -> world.run(() -> world.accounts.changePassword(phone, PASSWORD.toCharArray(), "short1".toCharArray())),
                "weak-password");
        assertRefused(() -> world.run(() -> world.accounts.changePassword(phone, PASSWORD.toCharArray(), "onlyletters".toCharArray())),
                "weak-password");
        world.run(() -> world.accounts.changePassword(phone, PASSWORD.toCharArray(), "NewPass2026".toCharArray()));
        assertThat(world.accounts.mustChangePassword(phone)).isFalse();
        assertThat(verify(phone, "NewPass2026")).isPresent();
        assertThat(verify(phone, PASSWORD)).isEmpty();
        world.run(() -> world.accounts.changePassword(phone, "NewPass2026".toCharArray(), PASSWORD.toCharArray()));
    }

    private static final String PASSWORD = "ChargeOps#2026";

    private static java.util.Optional<ConsoleCaller> verify(String phone, String password) {
        return world.tx(() -> world.accounts.verify(phone, password.toCharArray()));
    }

    private static void at(Instant now) {
        OpsWorld.set(world.accounts, "clock", now == null ? Clock.systemUTC() : Clock.fixed(now, ZoneOffset.UTC));
    }

    private static void assertRefused(Runnable call, String slug) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo(slug));
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
