package io.chargeops.pile.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A pile's wall clock for tests: it starts at a chosen local time and runs at {@code rate} × real time, can be paused,
 * resumed and set. With {@link PileConfig#followTimeSync()} off, the platform's time sync (0x56) does not move it, so a
 * test can place a session across a tariff boundary: e.g. start at 10:59:50 and run at the pile's
 * {@link PileConfig#timeScale()}, and the session's energy falls into 峰 (PEAK) and then 平 (FLAT) within a few real
 * seconds on the demo tariff. The pile books each energy increment into the period its clock shows at that moment.
 *
 * <p>Thread-safe: one clock may be shared by several piles (they then agree on the time) and changed from the test
 * thread while the piles read it on their event loops.
 */
public final class SimClock extends Clock {

    private final State state;
    private final ZoneId zone;

    private SimClock(State state, ZoneId zone) {
        this.state = state;
        this.zone = zone;
    }

    /** A clock showing {@code start} in {@code zone} now and running at {@code rate} × real time (0 = paused). */
    public static SimClock startingAt(LocalDateTime start, ZoneId zone, double rate) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        return new SimClock(new State(start.atZone(zone).toInstant(), rate), zone);
    }

    /** A paused clock showing {@code start}; {@link #run(double)} sets it going. */
    public static SimClock pausedAt(LocalDateTime start, ZoneId zone) {
        return startingAt(start, zone, 0);
    }

    /** Shows {@code time} from now on, keeping the rate. */
    public SimClock set(LocalDateTime time) {
        state.rebase(time.atZone(zone).toInstant(), state.rate());
        return this;
    }

    /** Runs on from the time shown now at {@code rate} × real time. */
    public SimClock run(double rate) {
        state.rebase(state.instant(), rate);
        return this;
    }

    /** Stops at the time shown now. */
    public SimClock pause() {
        return run(0);
    }

    public double rate() {
        return state.rate();
    }

    /** The local time this clock shows now. */
    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(instant(), zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock (same time and rate, changes seen by both) seen from another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new SimClock(state, other);
    }

    @Override
    public Instant instant() {
        return state.instant();
    }

    @Override
    public String toString() {
        return "SimClock[" + localNow() + " " + zone + " x" + state.rate() + "]";
    }

    /** Base instant, the real moment it was shown, and the rate; replaced as a whole so readers never see a mix. */
    private static final class State {
        private volatile Base base;

        State(Instant start, double rate) {
            this.base = new Base(start, System.nanoTime(), rate);
        }

        Instant instant() {
            Base b = base;
            long elapsed = System.nanoTime() - b.realNanos;
            return b.shown.plusNanos((long) (elapsed * b.rate));
        }

        double rate() {
            return base.rate;
        }

        synchronized void rebase(Instant shown, double rate) {
            if (rate < 0 || Double.isNaN(rate) || Double.isInfinite(rate)) {
                throw new IllegalArgumentException("rate must be a finite number >= 0, not " + rate);
            }
            base = new Base(shown, System.nanoTime(), rate);
        }
    }

    private record Base(Instant shown, long realNanos, double rate) {
    }
}
