package io.chargeops.pile.simulator.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A lock-free log-linear histogram of microsecond values in the spirit of HdrHistogram: exact below 128 µs, then 64
 * sub-buckets per power of two (relative error under 1.6 %), up to about 2^40 µs. Percentiles report the upper edge
 * of their bucket, so they never understate; the maximum is exact.
 */
public final class LatencyHistogram {
    private static final int LINEAR = 128;
    private static final int SUB = 64;
    private static final int SIZE = LINEAR + 40 * SUB;

    private final AtomicLongArray counts = new AtomicLongArray(SIZE);
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong sum = new AtomicLong();
    private final AtomicLong max = new AtomicLong();

    public void recordNanos(long nanos) {
        record(Math.max(0, nanos / 1_000));
    }

    public void record(long micros) {
        counts.incrementAndGet(index(micros));
        total.incrementAndGet();
        sum.addAndGet(micros);
        max.accumulateAndGet(micros, Math::max);
    }

    static int index(long v) {
        if (v < LINEAR) {
            return (int) v;
        }
        int shift = 63 - Long.numberOfLeadingZeros(v) - 6; // v >> shift is in [64, 128)
        int i = LINEAR + (shift - 1) * SUB + (int) ((v >> shift) - SUB);
        return Math.min(i, SIZE - 1);
    }

    /** Largest value that falls into bucket {@code i}. */
    static long upperEdge(int i) {
        if (i < LINEAR) {
            return i;
        }
        int shift = (i - LINEAR) / SUB + 1;
        long lower = ((long) ((i - LINEAR) % SUB) + SUB) << shift;
        return lower + (1L << shift) - 1;
    }

    public long count() {
        return total.get();
    }

    public long maxMicros() {
        return max.get();
    }

    /** @param q 0..1 */
    public long percentileMicros(double q) {
        long n = total.get();
        if (n == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(q * n));
        long seen = 0;
        for (int i = 0; i < SIZE; i++) {
            seen += counts.get(i);
            if (seen >= rank) {
                return Math.min(upperEdge(i), max.get());
            }
        }
        return max.get();
    }

    /** count, mean, p50, p90, p95, p99, p99.9 and max in milliseconds (3 decimals). */
    public Map<String, Object> summaryMillis() {
        Map<String, Object> m = new LinkedHashMap<>();
        long n = total.get();
        m.put("count", n);
        m.put("mean_ms", n == 0 ? 0.0 : ms((double) sum.get() / n));
        m.put("p50_ms", ms(percentileMicros(0.50)));
        m.put("p90_ms", ms(percentileMicros(0.90)));
        m.put("p95_ms", ms(percentileMicros(0.95)));
        m.put("p99_ms", ms(percentileMicros(0.99)));
        m.put("p999_ms", ms(percentileMicros(0.999)));
        m.put("max_ms", ms(max.get()));
        return m;
    }

    private static double ms(double micros) {
        return Math.round(micros) / 1000.0;
    }
}
