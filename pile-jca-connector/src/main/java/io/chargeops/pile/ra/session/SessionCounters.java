package io.chargeops.pile.ra.session;

import io.chargeops.pile.protocol.ykc.FrameErrorKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** Node-wide counters of the pile server. LongAdders because every IO thread bumps them on every frame. */
public final class SessionCounters {

    final LongAdder accepted = new LongAdder();
    final LongAdder refused = new LongAdder();
    final LongAdder refusedNoEndpoint = new LongAdder();
    final LongAdder logins = new LongAdder();
    final LongAdder loginsRefused = new LongAdder();
    final LongAdder replaced = new LongAdder();
    final LongAdder heartbeatTimeouts = new LongAdder();
    final LongAdder idleTimeouts = new LongAdder();
    final LongAdder heartbeatAcks = new LongAdder();
    final LongAdder unknownFrames = new LongAdder();
    final LongAdder bytesIn = new LongAdder();
    final LongAdder bytesOut = new LongAdder();
    final LongAdder requests = new LongAdder();
    final LongAdder requestTimeouts = new LongAdder();
    final LongAdder answersMatched = new LongAdder();
    private final AtomicLongArray framesIn = new AtomicLongArray(256);
    private final AtomicLongArray framesOut = new AtomicLongArray(256);
    private final EnumMap<FrameErrorKind, LongAdder> decodeErrors = new EnumMap<>(FrameErrorKind.class);

    public SessionCounters() {
        for (FrameErrorKind kind : FrameErrorKind.values()) {
            decodeErrors.put(kind, new LongAdder());
        }
    }

    void frameIn(int type) {
        framesIn.incrementAndGet(type & 0xFF);
    }

    void frameOut(int type) {
        framesOut.incrementAndGet(type & 0xFF);
    }

    void decodeError(FrameErrorKind kind) {
        decodeErrors.get(kind).increment();
    }

    public Map<Integer, Long> framesIn() {
        return nonZero(framesIn);
    }

    public Map<Integer, Long> framesOut() {
        return nonZero(framesOut);
    }

    public Map<FrameErrorKind, Long> decodeErrors() {
        Map<FrameErrorKind, Long> out = new EnumMap<>(FrameErrorKind.class);
        decodeErrors.forEach((k, v) -> {
            if (v.sum() > 0) {
                out.put(k, v.sum());
            }
        });
        return out;
    }

    public long accepted() { return accepted.sum(); }
    public long refused() { return refused.sum(); }
    public long refusedNoEndpoint() { return refusedNoEndpoint.sum(); }
    public long logins() { return logins.sum(); }
    public long loginsRefused() { return loginsRefused.sum(); }
    public long replaced() { return replaced.sum(); }
    public long heartbeatTimeouts() { return heartbeatTimeouts.sum(); }
    public long idleTimeouts() { return idleTimeouts.sum(); }
    public long heartbeatAcks() { return heartbeatAcks.sum(); }
    public long unknownFrames() { return unknownFrames.sum(); }
    public long bytesIn() { return bytesIn.sum(); }
    public long bytesOut() { return bytesOut.sum(); }
    public long requests() { return requests.sum(); }
    public long requestTimeouts() { return requestTimeouts.sum(); }
    public long answersMatched() { return answersMatched.sum(); }

    private static Map<Integer, Long> nonZero(AtomicLongArray counts) {
        Map<Integer, Long> out = new TreeMap<>();
        for (int i = 0; i < counts.length(); i++) {
            long n = counts.get(i);
            if (n > 0) {
                out.put(i, n);
            }
        }
        return out;
    }
}
