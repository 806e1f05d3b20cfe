package io.chargeops.pile.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimClockTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 10, 59, 50);

    @Test
    void pausedClockShowsItsStartUntilItRuns() throws Exception {
        SimClock clock = SimClock.pausedAt(START, SHANGHAI);
        Thread.sleep(30);
        assertThat(clock.localNow()).isEqualTo(START);
        assertThat(LocalDateTime.now(clock)).isEqualTo(START);

        clock.run(600);
        Thread.sleep(50);
        // 50 ms real at 600x = at least 30 s shown; generous upper bound for a busy machine
        assertThat(Duration.between(START, clock.localNow())).isBetween(Duration.ofSeconds(30), Duration.ofMinutes(30));

        clock.pause();
        LocalDateTime held = clock.localNow();
        Thread.sleep(30);
        assertThat(clock.localNow()).isEqualTo(held);
    }

    @Test
    void setMovesTheTimeAndKeepsTheRate() {
        SimClock clock = SimClock.startingAt(START, SHANGHAI, 0);
        clock.set(LocalDateTime.of(2026, 3, 2, 8, 0));
        assertThat(clock.localNow()).isEqualTo(LocalDateTime.of(2026, 3, 2, 8, 0));
        assertThat(clock.rate()).isZero();
        assertThat(clock.instant()).isEqualTo(LocalDateTime.of(2026, 3, 2, 0, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void anotherZoneSeesTheSameInstantAndTheSameChanges() {
        SimClock clock = SimClock.pausedAt(START, SHANGHAI);
        var utc = clock.withZone(ZoneOffset.UTC);
        assertThat(LocalDateTime.now(utc)).isEqualTo(START.minusHours(8));
        clock.set(START.plusHours(1));
        assertThat(utc.instant()).isEqualTo(clock.instant());
    }

    @Test
    void negativeRateIsRefused() {
        assertThatThrownBy(() -> SimClock.pausedAt(START, SHANGHAI).run(-1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
