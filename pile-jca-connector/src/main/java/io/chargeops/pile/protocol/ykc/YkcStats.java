package io.chargeops.pile.protocol.ykc;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Decoder counters, shared by all connections of a server (LongAdder keeps the hot path contention-free). */
public final class YkcStats {
    private final LongAdder decoded = new LongAdder();
    private final LongAdder unknown = new LongAdder();
    private final LongAdder swappedCrc = new LongAdder();
    private final LongAdder discardedBytes = new LongAdder();
    private final EnumMap<FrameErrorKind, LongAdder> errors = new EnumMap<>(FrameErrorKind.class);

    public YkcStats() {
        for (FrameErrorKind k : FrameErrorKind.values()) {
            errors.put(k, new LongAdder());
        }
    }

    void record(DecodeResult r) {
        if (r instanceof YkcPacket) {
            decoded.increment();
        } else if (r instanceof UnknownFrame) {
            unknown.increment();
        } else if (r instanceof FrameError e) {
            errors.get(e.kind()).increment();
            discardedBytes.add(e.byteCount());
        }
    }

    void countSwappedCrc() {
        swappedCrc.increment();
    }

    public long decoded() {
        return decoded.sum();
    }

    public long unknown() {
        return unknown.sum();
    }

    public long swappedCrcAccepted() {
        return swappedCrc.sum();
    }

    public long discardedBytes() {
        return discardedBytes.sum();
    }

    public long errors(FrameErrorKind kind) {
        return errors.get(kind).sum();
    }

    public long errors() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public Map<FrameErrorKind, Long> errorsByKind() {
        Map<FrameErrorKind, Long> m = new EnumMap<>(FrameErrorKind.class);
        errors.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    @Override
    public String toString() {
        return "YkcStats[decoded=" + decoded() + ", unknown=" + unknown() + ", swappedCrc=" + swappedCrcAccepted()
                + ", discardedBytes=" + discardedBytes() + ", errors=" + errorsByKind() + "]";
    }
}
