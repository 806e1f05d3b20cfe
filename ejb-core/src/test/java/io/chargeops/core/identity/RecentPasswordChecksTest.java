package io.chargeops.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Only the password that matched, for the same stored hash, within the time allowed, is taken as matching again. */
class RecentPasswordChecksTest {

    private static final String PHONE = "13900000001";
    private static final String HASH = Pbkdf2Passwords.hash("right-password".toCharArray());
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private final RecentPasswordChecks checks = new RecentPasswordChecks();

    @Test
    void theMatchedPasswordMatchesAgainUntilItsTimeIsUp() {
        checks.clock = Clock.fixed(T0, ZoneOffset.UTC);
        assertThat(checks.matchedRecently(PHONE, HASH, "right-password".toCharArray())).as("nothing known yet").isFalse();
        checks.matched(PHONE, HASH, "right-password".toCharArray());
        assertThat(checks.matchedRecently(PHONE, HASH, "right-password".toCharArray())).isTrue();
        checks.clock = Clock.fixed(T0.plusSeconds(299), ZoneOffset.UTC);
        assertThat(checks.matchedRecently(PHONE, HASH, "right-password".toCharArray())).isTrue();
        checks.clock = Clock.fixed(T0.plusSeconds(300), ZoneOffset.UTC);
        assertThat(checks.matchedRecently(PHONE, HASH, "right-password".toCharArray())).as("expired").isFalse();
    }

    @Test
    void anotherPasswordAnotherAccountOrANewStoredHashDoNotMatch() {
        checks.matched(PHONE, HASH, "right-password".toCharArray());
        assertThat(checks.matchedRecently(PHONE, HASH, "wrong-password".toCharArray())).isFalse();
        assertThat(checks.matchedRecently(PHONE, HASH, "right-passwor".toCharArray())).isFalse();
        assertThat(checks.matchedRecently("13900000002", HASH, "right-password".toCharArray())).isFalse();
        String changed = Pbkdf2Passwords.hash("right-password".toCharArray()); // same password, reset: new salt
        assertThat(checks.matchedRecently(PHONE, changed, "right-password".toCharArray())).as("password reset").isFalse();
    }

    @Test
    void zeroSecondsRemembersNothing() {
        checks.ttlSeconds = 0;
        checks.matched(PHONE, HASH, "right-password".toCharArray());
        assertThat(checks.matchedRecently(PHONE, HASH, "right-password".toCharArray())).isFalse();
    }

    @Test
    void aFullTableMakesRoomInsteadOfGrowing() {
        for (int i = 0; i < RecentPasswordChecks.MAX_ENTRIES + 5; i++) {
            checks.matched("1390000" + String.format("%04d", i), HASH, "right-password".toCharArray());
        }
        String last = "1390000" + String.format("%04d", RecentPasswordChecks.MAX_ENTRIES + 4);
        assertThat(checks.matchedRecently(last, HASH, "right-password".toCharArray())).isTrue();
    }
}
