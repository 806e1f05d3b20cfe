package io.chargeops.pile.simulator.load;

import io.chargeops.pile.simulator.PileSimulator;
import io.chargeops.pile.simulator.PileState;
import io.chargeops.pile.simulator.SimulatedPile;
import io.chargeops.pile.simulator.SimulatorMain;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A load run: every {@code SimulatorMain} option, plus
 * {@code --ramp 30s} (first connections spread over this), {@code --warmup 60s} (time before the measured window; the
 * login storm happens here), {@code --interval 10s} (one sample line per interval), {@code --json FILE} (final
 * summary) and {@code --samples FILE} (one JSON line per interval). {@code --duration} is the measured steady window
 * that follows the warm-up, so a run takes warm-up + duration.
 *
 * <pre>
 * java -cp ... io.chargeops.pile.simulator.load.LoadMain --piles 10000 --guns 2 --port 19767 \
 *      --base-pile-code 32019900000001 --ramp 30s --warmup 90s --duration 10m --json summary.json
 * </pre>
 */
public final class LoadMain {
    private LoadMain() {
    }

    public static void main(String[] args) throws Exception {
        Duration ramp = Duration.ofSeconds(30);
        Duration warmup = Duration.ofSeconds(60);
        Duration interval = Duration.ofSeconds(10);
        Path json = null;
        Path samples = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            boolean hasValue = i + 1 < args.length;
            switch (a) {
                case "--ramp" -> ramp = SimulatorMain.duration(value(args, ++i, a, hasValue));
                case "--warmup" -> warmup = SimulatorMain.duration(value(args, ++i, a, hasValue));
                case "--interval" -> interval = SimulatorMain.duration(value(args, ++i, a, hasValue));
                case "--json" -> json = Path.of(value(args, ++i, a, hasValue));
                case "--samples" -> samples = Path.of(value(args, ++i, a, hasValue));
                default -> rest.add(a);
            }
        }
        PileSimulator.Settings s;
        try {
            s = SimulatorMain.parse(rest.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: LoadMain [simulator options] [--ramp 30s] [--warmup 60s] [--interval 10s]"
                    + " [--json FILE] [--samples FILE]");
            System.exit(2);
            return;
        }
        new Run(s, ramp, warmup, interval, json, samples).run();
    }

    private static String value(String[] args, int i, String option, boolean present) {
        if (!present) {
            throw new IllegalArgumentException("missing value for " + option);
        }
        return args[i];
    }

    private static final class Run {
        final PileSimulator.Settings s;
        final Duration ramp;
        final Duration warmup;
        final Duration interval;
        final Path json;
        final Path samples;
        final LoadRecorder recorder = new LoadRecorder();
        final List<Map<String, Object>> lines = new ArrayList<>();

        Run(PileSimulator.Settings s, Duration ramp, Duration warmup, Duration interval, Path json, Path samples) {
            this.s = s;
            this.ramp = ramp;
            this.warmup = warmup;
            this.interval = interval;
            this.json = json;
            this.samples = samples;
        }

        void run() throws Exception {
            System.out.printf(Locale.ROOT, "load: %d pile(s) x %d gun(s) against %s:%d, ramp %s, warm-up %s,"
                    + " measured %s%n", s.piles(), s.guns(), s.host(), s.port(), ramp, warmup, s.duration());
            Instant startedAt = Instant.now();
            long t0 = System.nanoTime();
            long steadyAt = t0 + warmup.toNanos();
            long end = steadyAt + s.duration().toNanos();
            Double allOnlineAfter = null;
            long steadyStartSent = 0;
            long steadyStartReceived = 0;
            long[] steadySentByType = null;
            long[] steadyReceivedByType = null;
            long minOnlineSteady = Long.MAX_VALUE;
            long maxOnline = 0;
            long onlineAtSteadyStart = -1;
            long steadyStartNanos = 0;
            long lastSent = 0;
            long lastReceived = 0;
            long lastNanos = t0;
            try (PileSimulator sim = new PileSimulator(s)
                    .observers(code -> recorder.probe(code, s.guns())).rampUp(ramp).start()) {
                long next = t0;
                while (true) {
                    long now = System.nanoTime();
                    if (now >= end) {
                        break;
                    }
                    long wake = Math.min(end, Math.min(next + interval.toNanos(),
                            recorder.isSteady() ? Long.MAX_VALUE : steadyAt));
                    // poll quickly while waiting for everybody to come online, so the ramp time is precise
                    long step = allOnlineAfter == null ? Math.min(wake - now, 1_000_000_000L) : wake - now;
                    Thread.sleep(Math.max(1, step / 1_000_000));
                    now = System.nanoTime();
                    Counts c = count(sim);
                    if (allOnlineAfter == null && c.online == s.piles()) {
                        allOnlineAfter = (now - t0) / 1e9;
                        System.out.printf(Locale.ROOT, "all %d piles online after %.1f s%n", s.piles(), allOnlineAfter);
                    }
                    if (!recorder.isSteady() && now >= steadyAt) {
                        recorder.steady();
                        steadyStartNanos = now;
                        steadyStartSent = sum(recorder.sentSnapshot());
                        steadyStartReceived = sum(recorder.receivedSnapshot());
                        steadySentByType = recorder.sentSnapshot();
                        steadyReceivedByType = recorder.receivedSnapshot();
                        onlineAtSteadyStart = c.online;
                        System.out.printf(Locale.ROOT, "steady window starts: %d of %d piles online%n", c.online,
                                s.piles());
                    }
                    maxOnline = Math.max(maxOnline, c.online);
                    if (recorder.isSteady()) {
                        minOnlineSteady = Math.min(minOnlineSteady, c.online);
                    }
                    if (now - next >= interval.toNanos() || now >= end) {
                        next = now;
                        long sent = sum(recorder.sentSnapshot());
                        long received = sum(recorder.receivedSnapshot());
                        double secs = (now - lastNanos) / 1e9;
                        LatencyHistogram hb = recorder.takeInterval();
                        Map<String, Object> line = new LinkedHashMap<>();
                        line.put("t_s", round1((now - t0) / 1e9));
                        line.put("phase", recorder.isSteady() ? "steady" : "warmup");
                        line.put("piles_started", c.started);
                        line.put("connected", c.connected);
                        line.put("online", c.online);
                        line.put("connections_total", c.connections);
                        line.put("logins_total", c.logins);
                        line.put("sent_per_s", round1((sent - lastSent) / secs));
                        line.put("received_per_s", round1((received - lastReceived) / secs));
                        line.put("hb_acks", hb.count());
                        line.put("hb_p50_ms", hb.percentileMicros(0.5) / 1000.0);
                        line.put("hb_p99_ms", hb.percentileMicros(0.99) / 1000.0);
                        line.put("hb_max_ms", hb.maxMicros() / 1000.0);
                        line.put("hb_unanswered_total", recorder.heartbeatsUnanswered());
                        lines.add(line);
                        String text = Json.write(line).replaceAll("\n\\s*", " ");
                        System.out.println(text);
                        if (samples != null) {
                            Files.writeString(samples, text + System.lineSeparator(), StandardCharsets.UTF_8,
                                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        }
                        lastSent = sent;
                        lastReceived = received;
                        lastNanos = now;
                    }
                }
                long stop = System.nanoTime();
                Counts fin = count(sim);
                Map<String, Object> summary = summary(startedAt, fin, allOnlineAfter, onlineAtSteadyStart,
                        minOnlineSteady == Long.MAX_VALUE ? -1 : minOnlineSteady, maxOnline,
                        (stop - steadyStartNanos) / 1e9, steadyStartSent, steadyStartReceived, steadySentByType,
                        steadyReceivedByType);
                String text = Json.write(summary);
                System.out.println("summary: " + text);
                if (json != null) {
                    Files.writeString(json, text + System.lineSeparator(), StandardCharsets.UTF_8);
                }
            }
        }

        Map<String, Object> summary(Instant startedAt, Counts fin, Double allOnlineAfter, long onlineAtSteadyStart,
                long minOnlineSteady, long maxOnline, double steadySecs, long steadyStartSent,
                long steadyStartReceived, long[] sentAtSteady, long[] receivedAtSteady) {
            Map<String, Object> m = new LinkedHashMap<>();
            Map<String, Object> settings = new LinkedHashMap<>();
            settings.put("piles", s.piles());
            settings.put("guns_per_pile", s.guns());
            settings.put("host", s.host());
            settings.put("port", s.port());
            settings.put("charging_ratio", s.chargingRatio());
            settings.put("base_pile_code", String.valueOf(s.basePileCode()));
            settings.put("pile_type", s.pileType().name());
            settings.put("heartbeat_period_s", s.intervals().heartbeat().toMillis() / 1000.0);
            settings.put("ramp_s", ramp.toSeconds());
            settings.put("warmup_s", warmup.toSeconds());
            settings.put("measured_s", s.duration().toSeconds());
            m.put("settings", settings);
            m.put("started_at", startedAt.toString());
            m.put("ended_at", Instant.now().toString());
            m.put("all_online_after_s", allOnlineAfter);

            Map<String, Object> piles = new LinkedHashMap<>();
            piles.put("configured", s.piles());
            piles.put("guns", (long) s.piles() * s.guns());
            piles.put("online_at_steady_start", onlineAtSteadyStart);
            piles.put("online_min_steady", minOnlineSteady);
            piles.put("online_max", maxOnline);
            piles.put("online_at_end", fin.online);
            piles.put("connected_at_end", fin.connected);
            piles.put("held_without_reconnect", fin.heldWholeRun);
            piles.put("connections_total", fin.connections);
            piles.put("logins_total", fin.logins);
            m.put("piles", piles);

            long[] sent = recorder.sentSnapshot();
            long[] received = recorder.receivedSnapshot();
            Map<String, Object> frames = new LinkedHashMap<>();
            frames.put("sent_total", sum(sent));
            frames.put("received_total", sum(received));
            frames.put("steady_window_s", round1(steadySecs));
            frames.put("sent_per_s_steady", steadySecs > 0 ? round1((sum(sent) - steadyStartSent) / steadySecs) : null);
            frames.put("received_per_s_steady",
                    steadySecs > 0 ? round1((sum(received) - steadyStartReceived) / steadySecs) : null);
            Map<String, Object> byType = new LinkedHashMap<>();
            for (int t = 0; t < 256; t++) {
                if (sent[t] == 0 && received[t] == 0) {
                    continue;
                }
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("sent", sent[t]);
                e.put("received", received[t]);
                if (sentAtSteady != null && steadySecs > 0) {
                    e.put("sent_per_s_steady", round1((sent[t] - sentAtSteady[t]) / steadySecs));
                    e.put("received_per_s_steady", round1((received[t] - receivedAtSteady[t]) / steadySecs));
                }
                byType.put(String.format(Locale.ROOT, "0x%02X", t), e);
            }
            frames.put("by_type", byType);
            m.put("frames", frames);

            Map<String, Object> latency = new LinkedHashMap<>();
            latency.put("0x03->0x04 steady", recorder.heartbeatSteady().summaryMillis());
            recorder.latency().forEach((k, v) -> {
                if (v.count() > 0) {
                    latency.put(k + " whole run", v.summaryMillis());
                }
            });
            m.put("latency", latency);
            Map<String, Object> hb = new LinkedHashMap<>();
            hb.put("unanswered_whole_run", recorder.heartbeatsUnanswered());
            hb.put("unanswered_steady", recorder.heartbeatsUnansweredSteady());
            m.put("heartbeats", hb);

            Map<String, Object> self = new LinkedHashMap<>();
            Runtime rt = Runtime.getRuntime();
            self.put("heap_used_mb", (rt.totalMemory() - rt.freeMemory()) >> 20);
            self.put("heap_max_mb", rt.maxMemory() >> 20);
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                self.put("cpu_s", round1(os.getProcessCpuTime() / 1e9));
            }
            self.put("available_processors", rt.availableProcessors());
            m.put("simulator", self);
            m.put("samples", lines.size());
            return m;
        }

        Counts count(PileSimulator sim) {
            Counts c = new Counts();
            for (SimulatedPile p : sim.piles()) {
                c.started++;
                PileState st = p.state();
                if (st == PileState.ONLINE) {
                    c.online++;
                }
                if (st == PileState.ONLINE || st == PileState.LOGGING_IN || st == PileState.SYNCING_MODEL) {
                    c.connected++;
                }
                long conns = p.connections();
                c.connections += conns;
                c.logins += p.logins();
                if (st == PileState.ONLINE && conns == 1) {
                    c.heldWholeRun++;
                }
            }
            return c;
        }
    }

    static final class Counts {
        long started;
        long connected;
        long online;
        long connections;
        long logins;
        long heldWholeRun;
    }

    static long sum(long[] a) {
        long s = 0;
        for (long v : a) {
            s += v;
        }
        return s;
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

}
