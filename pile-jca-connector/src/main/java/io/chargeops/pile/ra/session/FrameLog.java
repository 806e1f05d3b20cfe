package io.chargeops.pile.ra.session;

import io.chargeops.pile.protocol.ykc.FrameError;
import io.chargeops.pile.protocol.ykc.UnknownFrame;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rate-limited log of bad input. One misbehaving pile (or a port scanner) can send thousands of bad frames a second;
 * every one is counted, but only the first {@value #PER_WINDOW} per 10 s window are written, with their hex dump, so
 * the log stays readable and the IO threads are not slowed down by logging.
 */
final class FrameLog {

    private static final Logger LOG = Logger.getLogger("io.chargeops.pile.ra.frames");
    static final int PER_WINDOW = 20;
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final AtomicLong windowStart = new AtomicLong(System.nanoTime());
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger suppressed = new AtomicInteger();

    void rejected(PileConnection connection, FrameError error) {
        log(Level.WARNING, () -> "Malformed input from " + connection + ": " + error);
    }

    void unknown(PileConnection connection, UnknownFrame frame) {
        log(Level.INFO, () -> "Unknown frame type from " + connection + ": " + frame.frame());
    }

    void refused(String what) {
        log(Level.WARNING, () -> what);
    }

    private void log(Level level, java.util.function.Supplier<String> message) {
        if (!LOG.isLoggable(level)) {
            return;
        }
        long now = System.nanoTime();
        long start = windowStart.get();
        if (now - start > WINDOW_NANOS && windowStart.compareAndSet(start, now)) {
            written.set(0);
            int dropped = suppressed.getAndSet(0);
            if (dropped > 0) {
                LOG.warning(dropped + " further pile input problem(s) were counted but not logged in the last window");
            }
        }
        if (written.incrementAndGet() <= PER_WINDOW) {
            LOG.log(level, message);
        } else {
            suppressed.incrementAndGet();
        }
    }
}
