package io.chargeops.pile.simulator.load;

import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.Heartbeat;
import io.chargeops.pile.protocol.ykc.message.HeartbeatResponse;
import io.chargeops.pile.protocol.ykc.message.LoginResponse;
import io.chargeops.pile.protocol.ykc.message.PileStartRequest;
import io.chargeops.pile.protocol.ykc.message.PileStartResponse;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.message.TransactionRecordConfirm;
import io.chargeops.pile.protocol.ykc.message.YkcMessage;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import io.chargeops.pile.protocol.ykc.types.TransactionConfirmResult;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import io.chargeops.pile.simulator.PacketObserver;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What a load run measures from the piles' side: frames per type in both directions, and the time from a pile's
 * request to the platform's answer for the request/answer pairs of YKC v1.6 — heartbeat 0x03→0x04 (answered inside
 * the connector), login 0x01→0x02, billing model check 0x05→0x06 and request 0x09→0x0A (answered by the
 * application through the MDB and the gateway), start authorisation 0x31→0x32 and transaction record 0x3B→0x40
 * (the charging context, first send to confirmation). The clock starts just before the pile hands the frame to its
 * socket and stops when the answer is decoded on the pile's event loop, so it includes both TCP stacks, the platform,
 * and any queueing on the simulator's own event loops (which share the machine with the platform).
 *
 * <p>Every latency is kept for the whole run and per phase of the run ({@link #phase(String)}: warm-up with the
 * login storm, the steady window, the settlement burst, the reconnect storm), so that one phase neither hides in nor
 * dominates another's figures. Counters (refused logins and starts, rejected records) are kept per phase too.
 */
public final class LoadRecorder {
    /** Request type → its answer's type, for the pairs measured. */
    private static final int[][] PAIRS = {{0x03, 0x04}, {0x01, 0x02}, {0x05, 0x06}, {0x09, 0x0A}, {0x31, 0x32},
        {0x3B, 0x40}};

    private final AtomicLongArray sent = new AtomicLongArray(256);
    private final AtomicLongArray received = new AtomicLongArray(256);
    private final Map<String, LatencyHistogram> latency = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final LatencyHistogram heartbeatSteady = new LatencyHistogram();
    private final LatencyHistogram heartbeatInterval = new LatencyHistogram();
    private final AtomicLong heartbeatsUnanswered = new AtomicLong();
    private final AtomicLong heartbeatsUnansweredSteady = new AtomicLong();
    private final ConcurrentMap<String, LatencyHistogram> byPhase = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final AtomicLong lastSettlementNanos = new AtomicLong();
    private volatile boolean steady;
    private volatile String phase = "warmup";
    private volatile LatencyHistogram intervalHistogram = heartbeatInterval;

    public LoadRecorder() {
        for (int[] pair : PAIRS) {
            latency.put(pairName(pair[0], pair[1]), new LatencyHistogram());
        }
    }

    static String pairName(int request, int answer) {
        return String.format(Locale.ROOT, "0x%02X->0x%02X", request, answer);
    }

    /** From now on heartbeat latencies also count towards the steady-state histogram. */
    public void steady() {
        steady = true;
        phase("steady");
    }

    /** Names the phase that latencies and counters from now on belong to (besides the whole run). */
    public void phase(String name) {
        phase = name;
        if (!"steady".equals(name)) {
            steady = false;
        }
    }

    public String phase() {
        return phase;
    }

    /** Records a latency under {@code name} for the whole run and for the current phase. */
    public void record(String name, long nanos) {
        latency.computeIfAbsent(name, k -> new LatencyHistogram()).recordNanos(nanos);
        byPhase.computeIfAbsent(name + " " + phase, k -> new LatencyHistogram()).recordNanos(nanos);
    }

    /** Latency histograms per "pair phase", e.g. {@code "0x3B->0x40 steady"}; only those with samples. */
    public Map<String, LatencyHistogram> latencyByPhase() {
        return new java.util.TreeMap<>(byPhase);
    }

    /** Counts one event of {@code name} in the current phase (key {@code "name phase"}). */
    public void count(String name) {
        counters.computeIfAbsent(name + " " + phase, k -> new AtomicLong()).incrementAndGet();
    }

    public Map<String, Long> counters() {
        Map<String, Long> m = new java.util.TreeMap<>();
        counters.forEach((k, v) -> m.put(k, v.get()));
        return m;
    }

    /** {@link System#nanoTime()} of the latest first confirmation (0x40) of a transaction record, 0 before any. */
    public long lastSettlementNanos() {
        return lastSettlementNanos.get();
    }

    /** Settlements confirmed (first 0x40 of a record) in a phase so far. */
    public long settlements(String phaseName) {
        LatencyHistogram h = byPhase.get(pairName(0x3B, 0x40) + " " + phaseName);
        return h == null ? 0 : h.count();
    }

    public boolean isSteady() {
        return steady;
    }

    /** The heartbeat histogram since the last call (for per-interval lines), replaced by a fresh one. */
    public LatencyHistogram takeInterval() {
        LatencyHistogram last = intervalHistogram;
        intervalHistogram = new LatencyHistogram();
        return last;
    }

    public PacketObserver probe(PileCode pile, int guns) {
        return new Probe(guns);
    }

    public long sent(int type) {
        return sent.get(type);
    }

    public long received(int type) {
        return received.get(type);
    }

    public long[] sentSnapshot() {
        return snapshot(sent);
    }

    public long[] receivedSnapshot() {
        return snapshot(received);
    }

    private static long[] snapshot(AtomicLongArray a) {
        long[] s = new long[a.length()];
        for (int i = 0; i < s.length; i++) {
            s[i] = a.get(i);
        }
        return s;
    }

    public Map<String, LatencyHistogram> latency() {
        return latency;
    }

    public LatencyHistogram heartbeatSteady() {
        return heartbeatSteady;
    }

    public long heartbeatsUnanswered() {
        return heartbeatsUnanswered.get();
    }

    public long heartbeatsUnansweredSteady() {
        return heartbeatsUnansweredSteady.get();
    }

    /** Per-pile state; confined to the pile's event loop. */
    private final class Probe implements PacketObserver {
        private final long[] heartbeatAt;
        private final long[] startAt;
        private final long[] billAt;
        private final TransactionSerial[] billSerial;
        private long loginAt;
        private long verifyAt;
        private long modelAt;

        Probe(int guns) {
            heartbeatAt = new long[guns + 1];
            startAt = new long[guns + 1];
            billAt = new long[guns + 1];
            billSerial = new TransactionSerial[guns + 1];
        }

        @Override
        public void onPacket(boolean outbound, YkcPacket packet, long now) {
            int type = packet.type() & 0xFF;
            YkcMessage m = packet.message();
            if (outbound) {
                sent.incrementAndGet(type);
                switch (type) {
                    case 0x03 -> {
                        int g = gun(((Heartbeat) m).gunNo());
                        if (heartbeatAt[g] != 0) {
                            heartbeatsUnanswered.incrementAndGet();
                            if (steady) {
                                heartbeatsUnansweredSteady.incrementAndGet();
                            }
                        }
                        heartbeatAt[g] = now;
                    }
                    case 0x01 -> loginAt = now;
                    case 0x05 -> verifyAt = now;
                    case 0x09 -> modelAt = now;
                    case 0x31 -> startAt[gun(((PileStartRequest) m).gunNo())] = now;
                    case 0x3B -> {
                        TransactionRecord r = (TransactionRecord) m;
                        int g = gun(r.gunNo());
                        if (!r.serial().equals(billSerial[g])) { // resends keep the first send time
                            billSerial[g] = r.serial();
                            billAt[g] = now;
                        } else {
                            count("record_resent");
                        }
                    }
                    default -> {
                    }
                }
                return;
            }
            received.incrementAndGet(type);
            switch (type) {
                case 0x04 -> {
                    int g = gun(((HeartbeatResponse) m).gunNo());
                    long t = heartbeatAt[g];
                    if (t != 0) {
                        heartbeatAt[g] = 0;
                        long d = now - t;
                        record("0x03->0x04", d);
                        intervalHistogram.recordNanos(d);
                        if (steady) {
                            heartbeatSteady.recordNanos(d);
                        }
                    }
                }
                case 0x02 -> {
                    loginAt = answer(loginAt, "0x01->0x02", now);
                    if (((LoginResponse) m).result() != LoginResult.SUCCESS) {
                        count("login_refused");
                    }
                }
                case 0x06 -> verifyAt = answer(verifyAt, "0x05->0x06", now);
                case 0x0A -> modelAt = answer(modelAt, "0x09->0x0A", now);
                case 0x32 -> {
                    PileStartResponse r = (PileStartResponse) m;
                    int g = gun(r.gunNo());
                    startAt[g] = answer(startAt[g], "0x31->0x32", now);
                    count(r.authResult() == SuccessFlag.SUCCESS ? "start_authorised" : "start_refused");
                }
                case 0x40 -> {
                    TransactionRecordConfirm c = (TransactionRecordConfirm) m;
                    if (c.result() != TransactionConfirmResult.ACCEPTED) {
                        count("record_not_accepted");
                        return;
                    }
                    for (int g = 0; g < billSerial.length; g++) {
                        if (c.serial().equals(billSerial[g]) && billAt[g] != 0) {
                            billAt[g] = answer(billAt[g], "0x3B->0x40", now);
                            lastSettlementNanos.accumulateAndGet(now, Math::max);
                        }
                    }
                }
                default -> {
                }
            }
        }

        private long answer(long askedAt, String pair, long now) {
            if (askedAt != 0) {
                record(pair, now - askedAt);
            }
            return 0;
        }

        private int gun(int gunNo) {
            return gunNo >= 0 && gunNo < heartbeatAt.length ? gunNo : 0;
        }
    }
}
