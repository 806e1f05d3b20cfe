package io.chargeops.pile.simulator.load;

import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.simulator.GunSnapshot;
import io.chargeops.pile.simulator.PacketObserver;
import io.chargeops.pile.simulator.PileSimulator;
import io.chargeops.pile.simulator.PileState;
import io.chargeops.pile.simulator.SimIntervals;
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
 * that follows the warm-up. Then, when asked for:
 * <ul>
 * <li>{@code --settlement-burst}: the driver pauses and every charging gun stops at once; each 0x3B is timed to its
 * first accepted 0x40 and settlements/s is the count over the time to the last confirmation
 * ({@code --burst-timeout 120s});</li>
 * <li>{@code --reconnect-storm}: every pile drops its connection at the same moment and reconnects after
 * {@code --reconnect-delay} (default 5 s, used for every reconnect of the run); timed until all are online again
 * ({@code --storm-timeout 300s}).</li>
 * </ul>
 * {@code --registered-cards}: the driver swipes the card registered for each gun (pile code + 2-digit gun number as
 * the 16 hex digits of the physical card) instead of random ones. {@code --api http://127.0.0.1:8080} (with
 * {@code --api-user}/{@code --api-password}, default the demo operator) turns on the frame-to-state probe
 * ({@link StateProbe}) on the last {@code --probe-piles 10} piles, {@code --state-probes-per-s 2}.
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
        Options o = new Options();
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
                case "--settlement-burst" -> o.burst = true;
                case "--burst-timeout" -> o.burstTimeout = SimulatorMain.duration(value(args, ++i, a, hasValue));
                case "--reconnect-storm" -> o.storm = true;
                case "--storm-timeout" -> o.stormTimeout = SimulatorMain.duration(value(args, ++i, a, hasValue));
                case "--reconnect-delay" -> o.reconnectDelay = SimulatorMain.duration(value(args, ++i, a, hasValue));
                case "--registered-cards" -> o.registeredCards = true;
                case "--api" -> o.api = value(args, ++i, a, hasValue);
                case "--api-user" -> o.apiUser = value(args, ++i, a, hasValue);
                case "--api-password" -> o.apiPassword = value(args, ++i, a, hasValue);
                case "--probe-piles" -> o.probePiles = Integer.parseInt(value(args, ++i, a, hasValue));
                case "--state-probes-per-s" -> o.probesPerSecond = Double.parseDouble(value(args, ++i, a, hasValue));
                case "--first-source-address" -> o.firstSourceAddress = Integer.parseInt(value(args, ++i, a, hasValue));
                case "--phase-file" -> o.phaseFile = Path.of(value(args, ++i, a, hasValue));
                default -> rest.add(a);
            }
        }
        PileSimulator.Settings s;
        try {
            s = SimulatorMain.parse(rest.toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: LoadMain [simulator options] [--ramp 30s] [--warmup 60s] [--interval 10s]"
                    + " [--json FILE] [--samples FILE] [--settlement-burst] [--reconnect-storm] [--reconnect-delay 5s]"
                    + " [--registered-cards] [--api URL] [--probe-piles 10] [--state-probes-per-s 2]");
            System.exit(2);
            return;
        }
        SimIntervals iv = s.intervals();
        s = new PileSimulator.Settings(s.piles(), s.guns(), s.host(), s.port(), s.chargingRatio(), s.duration(),
                s.seed(), s.basePileCode(), s.pileType(), new SimIntervals(iv.heartbeat(), iv.realTimeCharging(),
                        iv.realTimeIdle(), iv.transactionResend(), iv.loginTimeout(), o.reconnectDelay,
                        iv.maxMissedHeartbeats()), s.timeScale(), s.connectionsPerSourceAddress(), s.driverTick(),
                s.ioThreads());
        new Run(s, ramp, warmup, interval, json, samples, o).run();
    }

    /** The options beyond the simulator's own. */
    static final class Options {
        boolean burst;
        Duration burstTimeout = Duration.ofSeconds(120);
        boolean storm;
        Duration stormTimeout = Duration.ofSeconds(300);
        Duration reconnectDelay = Duration.ofSeconds(5);
        boolean registeredCards;
        String api;
        String apiUser = "13900000000";
        String apiPassword = "ChargeOps#2026";
        int probePiles = 10;
        double probesPerSecond = 2;
        int firstSourceAddress;
        Path phaseFile;
    }

    /** The card registered for a gun in load runs: the gun code (pile code + 2-digit gun number) as 16 hex digits. */
    public static PhysicalCardNo cardOf(PileCode pile, int gunNo) {
        return PhysicalCardNo.of(pile.digits() + String.format(Locale.ROOT, "%02d", gunNo));
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
        final Options o;
        final LoadRecorder recorder = new LoadRecorder();
        final List<Map<String, Object>> lines = new ArrayList<>();
        final Map<String, Object> phases = new LinkedHashMap<>();
        final long t0 = System.nanoTime();
        StateProbe probe;
        PileSimulator sim;
        long lastSent;
        long lastReceived;
        long lastNanos = t0;
        long nextLine = t0;
        Double allOnlineAfter;

        Run(PileSimulator.Settings s, Duration ramp, Duration warmup, Duration interval, Path json, Path samples,
                Options o) {
            this.s = s;
            this.ramp = ramp;
            this.warmup = warmup;
            this.interval = interval;
            this.json = json;
            this.samples = samples;
            this.o = o;
        }

        boolean isProbePile(PileCode code) {
            long n = Long.parseLong(code.digits()) - s.basePileCode();
            return o.probePiles > 0 && n >= s.piles() - o.probePiles;
        }

        void run() throws Exception {
            System.out.printf(Locale.ROOT, "load: %d pile(s) x %d gun(s) against %s:%d, ramp %s, warm-up %s,"
                    + " measured %s%n", s.piles(), s.guns(), s.host(), s.port(), ramp, warmup, s.duration());
            Instant startedAt = Instant.now();
            long steadyAt = t0 + warmup.toNanos();
            long end = steadyAt + s.duration().toNanos();
            long steadyStartSent = 0;
            long steadyStartReceived = 0;
            long[] steadySentByType = null;
            long[] steadyReceivedByType = null;
            long[] steadyEndSentByType = null;
            long[] steadyEndReceivedByType = null;
            long minOnlineSteady = Long.MAX_VALUE;
            long maxOnline = 0;
            long onlineAtSteadyStart = -1;
            long steadyStartNanos = 0;
            long steadyEndNanos = 0;
            if (o.api != null) {
                probe = new StateProbe(recorder, o.api, o.apiUser, o.apiPassword, Duration.ofMillis(2),
                        Duration.ofSeconds(20));
            }
            sim = new PileSimulator(s).observers(code -> {
                PacketObserver r = recorder.probe(code, s.guns());
                if (probe == null || !isProbePile(code)) {
                    return r;
                }
                PacketObserver p = probe.observer(code);
                return (out, packet, now) -> {
                    r.onPacket(out, packet, now);
                    p.onPacket(out, packet, now);
                };
            }).driverSkips(this::isProbePile).rampUp(ramp);
            if (o.registeredCards) {
                sim.cards(LoadMain::cardOf);
            }
            if (o.firstSourceAddress > 0) {
                sim.firstSourceAddress(o.firstSourceAddress);
            }
            announce("warmup");
            Thread prober = null;
            try (PileSimulator started = sim.start()) {
                prober = startProber();
                while (true) {
                    long now = System.nanoTime();
                    if (now >= end) {
                        break;
                    }
                    long wake = Math.min(end, Math.min(nextLine + interval.toNanos(),
                            recorder.isSteady() ? Long.MAX_VALUE : steadyAt));
                    // poll quickly while waiting for everybody to come online, so the ramp time is precise
                    long step = allOnlineAfter == null ? Math.min(wake - now, 1_000_000_000L) : wake - now;
                    Thread.sleep(Math.max(1, step / 1_000_000));
                    now = System.nanoTime();
                    Counts c = count(sim);
                    if (!recorder.isSteady() && now >= steadyAt) {
                        recorder.steady();
                        announce("steady");
                        phaseStarted("steady");
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
                    line(c, now);
                }
                steadyEndNanos = System.nanoTime();
                steadyEndSentByType = recorder.sentSnapshot();
                steadyEndReceivedByType = recorder.receivedSnapshot();
                phaseEnded("steady", steadyStartNanos, steadyEndNanos);
                if (o.burst) {
                    phases.put("burst", burst());
                }
                if (o.storm) {
                    phases.put("storm", storm());
                }
                recorder.phase("end");
                announce("end");
                if (prober != null) {
                    prober.interrupt();
                    prober.join(30_000);
                }
                Counts fin = count(sim);
                Map<String, Object> summary = summary(startedAt, fin, onlineAtSteadyStart,
                        minOnlineSteady == Long.MAX_VALUE ? -1 : minOnlineSteady, maxOnline,
                        (steadyEndNanos - steadyStartNanos) / 1e9, steadyStartSent, steadyStartReceived,
                        steadySentByType, steadyReceivedByType, steadyEndSentByType, steadyEndReceivedByType);
                String text = Json.write(summary);
                System.out.println("summary: " + text);
                if (json != null) {
                    Files.writeString(json, text + System.lineSeparator(), StandardCharsets.UTF_8);
                }
            }
        }

        Thread startProber() {
            if (probe == null || o.probePiles <= 0 || o.probesPerSecond <= 0) {
                return null;
            }
            long every = (long) (1e9 / o.probesPerSecond);
            Thread t = new Thread(() -> {
                try {
                    long next = System.nanoTime();
                    while (!Thread.currentThread().isInterrupted()) {
                        next += every;
                        if (allOnlineAfter != null || !"warmup".equals(recorder.phase())) {
                            probe.probeOnce(() -> sim.piles().stream().filter(p -> isProbePile(p.pileCode()))
                                    .toList());
                        }
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        } else {
                            next = System.nanoTime();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "state-probe");
            t.setDaemon(true);
            t.start();
            return t;
        }

        /** Writes the phase's name to the phase file, so the harness can profile the server during it. */
        void announce(String name) {
            if (o.phaseFile == null) {
                return;
            }
            try {
                Files.writeString(o.phaseFile, name + System.lineSeparator(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                System.err.println("phase file not written: " + e);
            }
        }

        void phaseStarted(String name) {
            Map<String, Object> p = phaseMap(name);
            p.put("started_at_epoch_s", System.currentTimeMillis() / 1000.0);
        }

        void phaseEnded(String name, long fromNanos, long toNanos) {
            Map<String, Object> p = phaseMap(name);
            p.put("ended_at_epoch_s", System.currentTimeMillis() / 1000.0);
            p.put("seconds", round1((toNanos - fromNanos) / 1e9));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> phaseMap(String name) {
            return (Map<String, Object>) phases.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
        }

        /** Sleeps until {@code until} (nanoTime) while writing interval lines; returns early when {@code done}. */
        void waitWhile(long until, java.util.function.Predicate<Counts> done, long pollMillis)
                throws Exception {
            while (System.nanoTime() < until) {
                Thread.sleep(pollMillis);
                Counts c = count(sim);
                line(c, System.nanoTime());
                if (done.test(c)) {
                    return;
                }
            }
        }

        /** Every charging gun of the fleet stops at once; times every record to its first accepted 0x40. */
        Map<String, Object> burst() throws Exception {
            sim.pauseDriver(true);
            Thread.sleep(2_000); // starts already asked for (0x31 → 0x32) settle first
            recorder.phase("burst");
            announce("burst");
            Map<String, Object> m = phaseMap("burst");
            m.put("started_at_epoch_s", System.currentTimeMillis() / 1000.0);
            long stopped = 0;
            long pendingBefore = 0;
            long from = System.nanoTime();
            for (SimulatedPile p : sim.piles()) {
                if (isProbePile(p.pileCode())) {
                    continue;
                }
                for (GunSnapshot g : p.guns()) {
                    if (g.charging()) {
                        p.stopLocally(g.gunNo());
                        stopped++;
                    } else if (g.billPending()) {
                        pendingBefore++;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "settlement burst: %d sessions stopped at once%n", stopped);
            long target = stopped;
            waitWhile(from + o.burstTimeout.toNanos(), c -> recorder.settlements("burst") >= target, 100);
            long settled = recorder.settlements("burst");
            long last = recorder.lastSettlementNanos();
            double secs = last > from ? (last - from) / 1e9 : 0;
            m.put("ended_at_epoch_s", System.currentTimeMillis() / 1000.0);
            m.put("sessions_stopped", stopped);
            m.put("records_pending_before", pendingBefore);
            m.put("settled", settled);
            m.put("seconds_to_last_confirmation", round3(secs));
            m.put("settlements_per_s", secs > 0 ? round1(settled / secs) : null);
            m.put("unconfirmed_at_timeout", Math.max(0, target - settled));
            System.out.printf(Locale.ROOT, "settlement burst: %d of %d confirmed, last after %.2f s%n", settled,
                    stopped, secs);
            sim.pauseDriver(false);
            return m;
        }

        /** Every pile drops its connection at the same moment and reconnects after the reconnect delay. */
        Map<String, Object> storm() throws Exception {
            sim.pauseDriver(true);
            recorder.phase("storm");
            announce("storm");
            Map<String, Object> m = phaseMap("storm");
            Counts before = count(sim);
            m.put("started_at_epoch_s", System.currentTimeMillis() / 1000.0);
            m.put("online_before", before.online);
            long from = System.nanoTime();
            for (SimulatedPile p : sim.piles()) {
                p.dropConnection();
            }
            System.out.printf(Locale.ROOT, "reconnect storm: %d piles dropped, reconnecting after %s%n",
                    before.started, o.reconnectDelay);
            long[] firstAllOnline = {0};
            // wait for the piles to notice (their own close) before waiting for all of them online again
            waitWhile(from + Duration.ofSeconds(2).toNanos(), c -> c.online == 0, 20);
            m.put("online_min_after_drop", count(sim).online);
            java.util.TreeMap<Long, Long> cumulative = new java.util.TreeMap<>(); // second → logins since the drop
            long deadline = from + o.stormTimeout.toNanos();
            while (System.nanoTime() < deadline) {
                Thread.sleep(50);
                long now = System.nanoTime();
                Counts c = count(sim);
                cumulative.put((now - from) / 1_000_000_000L, c.logins - before.logins);
                line(c, now);
                if (c.online == s.piles()) {
                    firstAllOnline[0] = now;
                    break;
                }
            }
            Counts after = count(sim);
            long logins = after.logins - before.logins;
            long connections = after.connections - before.connections;
            double allBack = firstAllOnline[0] == 0 ? -1 : (firstAllOnline[0] - from) / 1e9;
            double reconnectAt = o.reconnectDelay.toMillis() / 1000.0;
            m.put("ended_at_epoch_s", System.currentTimeMillis() / 1000.0);
            m.put("reconnect_delay_s", reconnectAt);
            m.put("all_online_after_drop_s", allBack < 0 ? null : round3(allBack));
            m.put("online_at_end", after.online);
            m.put("logins", logins);
            m.put("connections", connections);
            m.put("connections_without_login", Math.max(0, connections - logins));
            m.put("logins_per_s_avg", allBack > reconnectAt ? round1(logins / (allBack - reconnectAt)) : null);
            Map<String, Object> curve = new LinkedHashMap<>();
            perSecond(cumulative).forEach((k, v) -> curve.put(String.valueOf(k), v));
            m.put("logins_per_s_peak", perSecond(cumulative).values().stream().mapToLong(Long::longValue).max()
                    .orElse(0));
            m.put("logins_per_second_after_drop", curve);
            System.out.printf(Locale.ROOT, "reconnect storm: %d of %d online after %.1f s, %d logins, %d connections%n",
                    after.online, s.piles(), allBack, logins, connections);
            // let the piles settle (billing model, first real-time data) before the run ends
            recorder.phase("after-storm");
            announce("after-storm");
            waitWhile(System.nanoTime() + Duration.ofSeconds(10).toNanos(), c -> false, 1_000);
            sim.pauseDriver(false);
            return m;
        }

        void line(Counts c, long now) throws java.io.IOException {
            if (allOnlineAfter == null && c.online == s.piles()) {
                allOnlineAfter = (now - t0) / 1e9;
                System.out.printf(Locale.ROOT, "all %d piles online after %.1f s%n", s.piles(), allOnlineAfter);
            }
            if (now - nextLine < interval.toNanos()) {
                return;
            }
            nextLine = now;
            long sent = sum(recorder.sentSnapshot());
            long received = sum(recorder.receivedSnapshot());
            double secs = (now - lastNanos) / 1e9;
            LatencyHistogram hb = recorder.takeInterval();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("t_s", round1((now - t0) / 1e9));
            line.put("epoch_s", System.currentTimeMillis() / 1000.0);
            line.put("phase", recorder.phase());
            line.put("piles_started", c.started);
            line.put("connected", c.connected);
            line.put("online", c.online);
            line.put("charging_guns", c.charging);
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

        Map<String, Object> summary(Instant startedAt, Counts fin, long onlineAtSteadyStart,
                long minOnlineSteady, long maxOnline, double steadySecs, long steadyStartSent,
                long steadyStartReceived, long[] sentAtSteady, long[] receivedAtSteady, long[] sentAtSteadyEnd,
                long[] receivedAtSteadyEnd) {
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
            settings.put("real_time_charging_period_s", s.intervals().realTimeCharging().toMillis() / 1000.0);
            settings.put("real_time_idle_period_s", s.intervals().realTimeIdle().toMillis() / 1000.0);
            settings.put("reconnect_delay_s", s.intervals().reconnectDelay().toMillis() / 1000.0);
            settings.put("driver_tick_s", s.driverTick().toMillis() / 1000.0);
            settings.put("ramp_s", ramp.toSeconds());
            settings.put("warmup_s", warmup.toSeconds());
            settings.put("measured_s", s.duration().toSeconds());
            settings.put("registered_cards", o.registeredCards);
            settings.put("probe_piles", probe == null ? 0 : o.probePiles);
            settings.put("state_probes_per_s", probe == null ? 0 : o.probesPerSecond);
            settings.put("settlement_burst", o.burst);
            settings.put("reconnect_storm", o.storm);
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
            frames.put("sent_per_s_steady",
                    steadySecs > 0 ? round1((sum(sentAtSteadyEnd) - steadyStartSent) / steadySecs) : null);
            frames.put("received_per_s_steady",
                    steadySecs > 0 ? round1((sum(receivedAtSteadyEnd) - steadyStartReceived) / steadySecs) : null);
            Map<String, Object> byType = new LinkedHashMap<>();
            for (int t = 0; t < 256; t++) {
                if (sent[t] == 0 && received[t] == 0) {
                    continue;
                }
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("sent", sent[t]);
                e.put("received", received[t]);
                if (sentAtSteady != null && steadySecs > 0) {
                    e.put("sent_per_s_steady", round1((sentAtSteadyEnd[t] - sentAtSteady[t]) / steadySecs));
                    e.put("received_per_s_steady",
                            round1((receivedAtSteadyEnd[t] - receivedAtSteady[t]) / steadySecs));
                }
                byType.put(String.format(Locale.ROOT, "0x%02X", t), e);
            }
            frames.put("by_type", byType);
            m.put("frames", frames);

            Map<String, Object> latency = new LinkedHashMap<>();
            recorder.latencyByPhase().forEach((k, v) -> latency.put(k, v.summaryMillis()));
            new java.util.TreeMap<>(recorder.latency()).forEach((k, v) -> {
                if (v.count() > 0) {
                    latency.put(k + " whole run", v.summaryMillis());
                }
            });
            m.put("latency", latency);
            m.put("counters", recorder.counters());
            long settledSteady = recorder.settlements("steady");
            Map<String, Object> settlements = new LinkedHashMap<>();
            settlements.put("confirmed_steady", settledSteady);
            settlements.put("per_s_steady", steadySecs > 0 ? round3(settledSteady / steadySecs) : null);
            m.put("settlements", settlements);
            m.put("phases", phases);
            if (probe != null) {
                m.put("state_probe", probe.summary());
            }
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
                for (GunSnapshot g : p.guns()) {
                    if (g.charging()) {
                        c.charging++;
                    }
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
        long charging;
    }

    /**
     * Per-second increments of a cumulative count sampled several times a second: second → cumulative count at its
     * last sample; seconds without a sample count as no change.
     */
    static java.util.SortedMap<Long, Long> perSecond(java.util.SortedMap<Long, Long> cumulative) {
        java.util.SortedMap<Long, Long> out = new java.util.TreeMap<>();
        long previous = 0;
        if (cumulative.isEmpty()) {
            return out;
        }
        for (long second = 0; second <= cumulative.lastKey(); second++) {
            Long c = cumulative.get(second);
            long now = c == null ? previous : c;
            out.put(second, now - previous);
            previous = now;
        }
        return out;
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

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

}
