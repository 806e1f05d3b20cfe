package io.chargeops.pile.simulator;

import java.time.Duration;

/**
 * Timing of a simulated pile. {@link #SPEC} follows the protocol (and what real firmware does); tests use
 * {@link #fast()} so whole sessions finish in a second.
 *
 * @param heartbeat          0x03 period, per gun
 * @param realTimeCharging   0x13 period while a gun charges
 * @param realTimeIdle       0x13 period while a gun is idle
 * @param transactionResend  0x3B resend period until the 0x40 confirmation
 * @param loginTimeout       how long to wait for 0x02 before reconnecting
 * @param reconnectDelay     pause before reconnecting after a lost connection or failed login
 * @param maxMissedHeartbeats unanswered heartbeat rounds tolerated before the pile reconnects (spec: 3)
 */
public record SimIntervals(Duration heartbeat, Duration realTimeCharging, Duration realTimeIdle,
        Duration transactionResend, Duration loginTimeout, Duration reconnectDelay, int maxMissedHeartbeats) {

    public static final SimIntervals SPEC = new SimIntervals(Duration.ofSeconds(10), Duration.ofSeconds(15),
            Duration.ofMinutes(5), Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(30), 3);

    public static SimIntervals fast() {
        return new SimIntervals(Duration.ofMillis(100), Duration.ofMillis(50), Duration.ofMillis(500),
                Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMillis(200), 3);
    }

    public SimIntervals withTransactionResend(Duration d) {
        return new SimIntervals(heartbeat, realTimeCharging, realTimeIdle, d, loginTimeout, reconnectDelay,
                maxMissedHeartbeats);
    }

    public SimIntervals withHeartbeat(Duration d) {
        return new SimIntervals(d, realTimeCharging, realTimeIdle, transactionResend, loginTimeout, reconnectDelay,
                maxMissedHeartbeats);
    }
}
