package io.chargeops.pile.simulator.faults;

import io.chargeops.pile.protocol.ykc.YkcCodec;
import io.chargeops.pile.protocol.ykc.message.Heartbeat;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.types.GunHealth;
import io.chargeops.pile.simulator.GunSnapshot;
import io.chargeops.pile.simulator.PileState;
import io.chargeops.pile.simulator.SimClock;
import io.chargeops.pile.simulator.SimulatedPile;
import io.chargeops.pile.simulator.faults.Fleet.FleetGun;
import io.chargeops.pile.simulator.faults.Invariants.Evidence;
import io.chargeops.pile.simulator.faults.Invariants.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scenario from a fresh database to its verdicts: node up, piles online, every session started through the ops
 * API, the fault (which also ends every session, some through the API and some at the pile), recovery (every
 * unconfirmed 0x3B confirmed, then each gun's last 0x3B resent once more as firmware that lost the 0x40 would), the
 * node left to settle (no order holding a gun, no push pending), and the check.
 */
final class ScenarioRun {

    static final ZoneId OPERATOR_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Duration GRACE = Duration.ofSeconds(15);
    /** Clock offsets of the clock-skew scenario, by pile index modulo the list. */
    static final List<Duration> SKEWS = List.of(Duration.ZERO, Duration.ofMinutes(7), Duration.ofMinutes(-7),
            Duration.ofHours(3), Duration.ofHours(-3), Duration.ofHours(26));

    private final CampaignMain.Options o;
    private final Scenario scenario;
    private final Path dir;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final List<Verdict> extra = new ArrayList<>();
    private LocalPlatform platform;
    private OpsApi api;
    private Fleet fleet;
    private final Map<String, FleetGun> orders = new LinkedHashMap<>();

    ScenarioRun(CampaignMain.Options o, Scenario scenario) {
        this.o = o;
        this.scenario = scenario;
        this.dir = o.run().resolve(scenario.id());
    }

    ScenarioResult run() {
        long t0 = System.nanoTime();
        CampaignMain.log("=== %s: %s", scenario.id(), scenario.what());
        PartnerReceiver partner = null;
        try {
            Files.createDirectories(dir);
            CampaignMain.copyTemplate(o, scenario.id());
            platform = new LocalPlatform(o, dir, scenario.id());
            platform.startDatabase();
            if (scenario == Scenario.BROKER_RESTART) {
                platform.startBroker();
                platform.nodeEnv("CHARGEOPS_JMS_MODE", "remote").nodeEnv("CHARGEOPS_JMS_URL", platform.brokerUrl());
            }
            partner = new PartnerReceiver(o.partnerPort(), CampaignMain.PARTNER_SECRET,
                    CampaignMain.PLATFORM_OPERATOR);
            platform.startNode();
            facts.put("bootMs", platform.lastBoot().toMillis());
            api = new OpsApi(o.httpPort(), CampaignMain.CONSOLE_USER, CampaignMain.CONSOLE_PASSWORD);
            fleet = scenario == Scenario.CLOCK_SKEW
                    ? Fleet.connect(o, o.piles(), i -> skewedClock(SKEWS.get(i % SKEWS.size())), i -> i % 2 == 0)
                    : Fleet.connect(o, o.piles(), i -> Clock.system(OPERATOR_ZONE), i -> true);
            fleet.awaitOnline(Duration.ofMinutes(5));
            CampaignMain.log("%d piles online", fleet.piles().size());
            if (scenario == Scenario.CLOCK_SKEW) {
                timeSync();
            }
            startSessions();
            switch (scenario) {
                case KILL -> kill();
                case DB_OUTAGE -> databaseOutage();
                case BROKER_RESTART -> brokerRestart();
                case FLAPPING -> flapping();
                case GARBAGE -> garbage();
                case CLOCK_SKEW -> endSessions(0.5);
            }
            recover();
            settle();
            List<Verdict> verdicts = new ArrayList<>(check(partner));
            verdicts.addAll(extra);
            facts.put("scenarioSeconds", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0));
            facts.put("nodeLogSevere", countLines(platform.nodeLog(), "SEVERE"));
            return new ScenarioResult(scenario, facts, verdicts, null);
        } catch (Exception | AssertionError e) {
            CampaignMain.log("%s stopped: %s", scenario.id(), e);
            e.printStackTrace(System.out);
            facts.put("scenarioSeconds", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0));
            return new ScenarioResult(scenario, facts, extra, e.toString());
        } finally {
            if (fleet != null) {
                fleet.close();
            }
            if (partner != null) {
                partner.close();
            }
            if (platform != null) {
                platform.close();
            }
        }
    }

    // ---- common phases ------------------------------------------------------------------------------------------

    /** One order per gun (up to --sessions) through the ops API, then every session charging at its pile. */
    private void startSessions() throws Exception {
        List<FleetGun> guns = fleet.guns().subList(0, Math.min(o.sessions(), fleet.guns().size()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        long t = System.nanoTime();
        for (FleetGun g : guns) {
            done.add(pool.submit(() -> {
                for (int attempt = 0; attempt < 5; attempt++) {
                    OpsApi.Reply r = api.post("/charging-orders", "{\"userPhone\":\"" + g.userPhone()
                            + "\",\"gunCode\":\"" + g.gunCode() + "\",\"prepayAmount\":20.00}");
                    if (r.status() == 201) {
                        synchronized (orders) {
                            orders.put(r.field("orderNo"), g);
                        }
                        return;
                    }
                    refused.incrementAndGet();
                    LocalPlatform.sleep(2000);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        facts.put("sessionsStarted", orders.size());
        facts.put("startAttemptsRefused", refused.get());
        facts.put("startMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        CampaignMain.require(orders.size() == guns.size(), orders.size() + " of " + guns.size() + " orders started");
        await(() -> fleet.count(GunSnapshot::charging) >= orders.size(), Duration.ofMinutes(3),
                "every session charging at its pile");
        CampaignMain.log("%d sessions charging", orders.size());
        LocalPlatform.sleep(o.chargeSeconds() * 1000L);
    }

    /**
     * Every pile's unconfirmed 0x3B confirmed; then each gun's last record resent once more, and that extra copy
     * answered too (the same 0x40, nothing settled twice).
     */
    private void recover() {
        long t = System.nanoTime();
        stopWhatStillCharges();
        await(() -> fleet.count(GunSnapshot::billPending) == 0, Duration.ofMinutes(6),
                "every transaction record confirmed");
        facts.put("recoveryMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        Map<FleetGun, Integer> before = new HashMap<>();
        for (FleetGun g : fleet.guns()) {
            g.pile().lastTransactionRecord(g.gunNo()).ifPresent(r -> {
                before.put(g, g.pile().confirmations(r.serial()).size());
                await(() -> g.pile().state() == PileState.ONLINE, Duration.ofMinutes(2), "pile " + g.pile().pileCode() + " online");
                g.pile().resendLastBill(g.gunNo());
            });
        }
        for (Map.Entry<FleetGun, Integer> e : before.entrySet()) {
            FleetGun g = e.getKey();
            TransactionRecord r = g.pile().lastTransactionRecord(g.gunNo()).orElseThrow();
            g.pile().awaitConfirmations(r.serial(), e.getValue() + 1, Duration.ofMinutes(2));
        }
        facts.put("lastRecordsResent", before.size());
        CampaignMain.log("recovered: every record confirmed, %d last records resent and confirmed again", before.size());
    }

    /** Sessions a fault left running (e.g. a stop lost with a dropped connection) end at their pile. */
    private void stopWhatStillCharges() {
        int n = 0;
        for (FleetGun g : fleet.guns()) {
            if (g.snapshot().charging()) {
                g.pile().stopLocally(g.gunNo());
                n++;
            }
        }
        facts.merge("stoppedAtPileAfterFault", n, (a, b) -> (Integer) a + (Integer) b);
        await(() -> fleet.count(GunSnapshot::charging) == 0, Duration.ofMinutes(2), "no session left charging");
    }

    /** Waits until no order of the fleet holds a gun and no push to the partner is pending. */
    private void settle() throws Exception {
        long t = System.nanoTime();
        try (DatabaseReader db = reader()) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (System.nanoTime() < deadline) {
                if (db.nonTerminalOrders(o.pilePrefix()) == 0 && db.pendingPushes(CampaignMain.PARTNER) == 0) {
                    break;
                }
                LocalPlatform.sleep(1000);
            }
        }
        facts.put("settleMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
    }

    private List<Verdict> check(PartnerReceiver partner) throws Exception {
        try (DatabaseReader db = reader()) {
            Evidence e = new Evidence(fleet.records(), fleet.activeSerials(), db.orders(o.pilePrefix()), db.debits(),
                    db.wallets(), db.orderPushes(CampaignMain.PARTNER), partner.deliveries(),
                    LocalDateTime.now(ZoneOffset.UTC), GRACE);
            facts.put("partnerCallsRefused", partner.refused());
            facts.put("orderEvents", db.orderEvents(o.pilePrefix()));
            List<Verdict> v = Invariants.check(e);
            for (Verdict x : v) {
                CampaignMain.log("  %s %s %s %s", x.pass() ? "PASS" : "FAIL", x.invariant(), x.counts(), x.problems());
            }
            return v;
        }
    }

    private DatabaseReader reader() throws Exception {
        return new DatabaseReader(platform.dbUrl(), "chargeops", "chargeops");
    }

    /** Ends a share of the sessions through the ops API (in parallel) and the rest at their piles. */
    private void endSessions(double throughApi) throws Exception {
        List<String> nos = new ArrayList<>(orders.keySet());
        int viaApi = (int) Math.round(nos.size() * throughApi);
        List<Future<OpsApi.Reply>> stops = stopThroughApi(nos.subList(0, viaApi));
        int ok = 0;
        for (Future<OpsApi.Reply> f : stops) {
            ok += f.get().ok() ? 1 : 0;
        }
        facts.put("stopsThroughApi", viaApi);
        facts.put("stopsThroughApiAccepted", ok);
        for (String no : nos.subList(viaApi, nos.size())) {
            FleetGun g = orders.get(no);
            g.pile().stopLocally(g.gunNo());
        }
        facts.put("stopsAtPile", nos.size() - viaApi);
        // the stops take effect asynchronously (0x36 answered, the pile's loop); give them a minute, not a verdict
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (fleet.count(GunSnapshot::charging) > 0 && System.nanoTime() < deadline) {
            LocalPlatform.sleep(200);
        }
    }

    private List<Future<OpsApi.Reply>> stopThroughApi(List<String> nos) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<OpsApi.Reply>> list = new ArrayList<>();
        for (String no : nos) {
            list.add(pool.submit(() -> api.post("/charging-orders/" + no + "/stop", "{}")));
        }
        pool.shutdown();
        return list;
    }

    // ---- the faults ---------------------------------------------------------------------------------------------

    /** Half stopped through the API and SIGKILL while their records settle; the rest end at the piles meanwhile. */
    private void kill() throws Exception {
        List<String> nos = new ArrayList<>(orders.keySet());
        List<String> viaApi = nos.subList(0, nos.size() / 2);
        List<Future<OpsApi.Reply>> stops = stopThroughApi(viaApi);
        await(() -> fleet.confirmedRecords() >= Math.min(10, viaApi.size()), Duration.ofMinutes(2),
                "first records confirmed");
        long pid = platform.nodePid();
        platform.killNode();
        long killedAt = System.nanoTime();
        facts.put("killedPid", pid);
        facts.put("recordsAtKill", fleet.records().size());
        facts.put("confirmedAtKill", fleet.confirmedRecords());
        int ok = 0;
        for (Future<OpsApi.Reply> f : stops) {
            ok += f.get().ok() ? 1 : 0;
        }
        facts.put("stopsThroughApi", viaApi.size());
        facts.put("stopsThroughApiAccepted", ok);
        await(() -> fleet.piles().stream().noneMatch(p -> p.state() == PileState.ONLINE), Duration.ofMinutes(1),
                "piles noticed the dead node");
        int atPile = 0;
        for (FleetGun g : fleet.guns()) {
            if (g.snapshot().charging()) {
                g.pile().stopLocally(g.gunNo());
                atPile++;
            }
        }
        facts.put("stopsAtPileWhileDown", atPile);
        await(() -> fleet.count(GunSnapshot::charging) == 0, Duration.ofMinutes(1), "every session ended");
        facts.put("billsPendingWhileDown", fleet.count(GunSnapshot::billPending));
        CampaignMain.log("killed node %d: %d records made, %d confirmed, %d pending at the piles", pid,
                fleet.records().size(), fleet.confirmedRecords(), fleet.count(GunSnapshot::billPending));
        platform.startNode();
        facts.put("restartBootMs", platform.lastBoot().toMillis());
        facts.put("downMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt));
    }

    /**
     * The database server stops (in order) while sessions charge; half the sessions end at their piles during the
     * outage (their 0x3B cannot settle), a few API stops are tried and answered with errors; after the outage the
     * rest are stopped through the API.
     */
    private void databaseOutage() throws Exception {
        List<String> nos = new ArrayList<>(orders.keySet());
        int half = nos.size() / 2;
        long t = System.nanoTime();
        platform.stopDatabase();
        CampaignMain.log("database server stopped");
        for (String no : nos.subList(0, half)) {
            FleetGun g = orders.get(no);
            g.pile().stopLocally(g.gunNo());
        }
        facts.put("stopsAtPileDuringOutage", half);
        // a few stops through the API while the database is away: answered with an error, or held until it is back
        List<String> tried = nos.subList(half, Math.min(nos.size(), half + 5));
        List<Future<OpsApi.Reply>> triedStops = stopThroughApi(tried);
        OpsApi.Reply health = api.getPublic("/health/ready");
        facts.put("readinessDuringOutage", health.status());
        long left = TimeUnit.SECONDS.toNanos(o.dbOutageSeconds()) - (System.nanoTime() - t);
        LocalPlatform.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(left)));
        int answered = 0;
        int refused = 0;
        for (Future<OpsApi.Reply> f : triedStops) {
            if (f.isDone()) {
                answered++;
                refused += f.get().ok() ? 0 : 1;
            }
        }
        facts.put("apiStopsTriedDuringOutage", tried.size());
        facts.put("apiStopsAnsweredDuringOutage", answered);
        facts.put("apiStopsRefusedDuringOutage", refused);
        facts.put("billsPendingAtOutageEnd", fleet.count(GunSnapshot::billPending));
        platform.startDatabase();
        facts.put("outageMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        CampaignMain.log("database server back after %d ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        List<String> rest = new ArrayList<>();
        for (String no : nos.subList(half, nos.size())) {
            if (orders.get(no).snapshot().charging()) {
                rest.add(no);
            }
        }
        int ok = 0;
        for (int round = 0; round < 10 && !rest.isEmpty(); round++) {
            List<String> failed = new ArrayList<>();
            List<Future<OpsApi.Reply>> stops = stopThroughApi(rest);
            for (int i = 0; i < rest.size(); i++) {
                if (stops.get(i).get().ok()) {
                    ok++;
                } else {
                    failed.add(rest.get(i));
                }
            }
            rest = failed;
            if (!rest.isEmpty()) {
                LocalPlatform.sleep(3000);
            }
        }
        facts.put("stopsThroughApiAfterOutage", ok);
        facts.put("stopsThroughApiNeverAccepted", rest.size());
    }

    /**
     * Half the sessions stopped through the API; the broker stops (SIGTERM) while those settle; the rest end at their
     * piles while it is down; it starts again on its journal.
     */
    private void brokerRestart() throws Exception {
        List<String> nos = new ArrayList<>(orders.keySet());
        List<String> viaApi = nos.subList(0, nos.size() / 2);
        List<Future<OpsApi.Reply>> stops = stopThroughApi(viaApi);
        await(() -> fleet.confirmedRecords() >= Math.min(10, viaApi.size()), Duration.ofMinutes(2),
                "first records confirmed");
        long t = System.nanoTime();
        platform.stopBroker();
        CampaignMain.log("broker stopped");
        int ok = 0;
        for (Future<OpsApi.Reply> f : stops) {
            ok += f.get().ok() ? 1 : 0;
        }
        facts.put("stopsThroughApi", viaApi.size());
        facts.put("stopsThroughApiAccepted", ok);
        int atPile = 0;
        for (String no : nos.subList(viaApi.size(), nos.size())) {
            FleetGun g = orders.get(no);
            g.pile().stopLocally(g.gunNo());
            atPile++;
        }
        facts.put("stopsAtPileWhileBrokerDown", atPile);
        long left = TimeUnit.SECONDS.toNanos(o.brokerDownSeconds()) - (System.nanoTime() - t);
        LocalPlatform.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(left)));
        facts.put("confirmedWhileBrokerDown", fleet.confirmedRecords());
        facts.put("billsPendingAtBrokerStart", fleet.count(GunSnapshot::billPending));
        platform.startBroker();
        facts.put("brokerDownMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        CampaignMain.log("broker back after %d ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
    }

    /**
     * A share of the piles (every pile whose index modulo 10 is below ratio × 10) drops its connection every 3-10 s
     * for the flapping period; a third of the way in half the sessions are stopped through the API, two thirds in
     * the rest end at their piles.
     */
    private void flapping() throws Exception {
        List<SimulatedPile> flappers = new ArrayList<>();
        for (int i = 0; i < fleet.piles().size(); i++) {
            if (i % 10 < Math.round(o.flapRatio() * 10)) {
                flappers.add(fleet.piles().get(i));
            }
        }
        facts.put("flappingPiles", flappers.size());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger drops = new AtomicInteger();
        Thread flapper = new Thread(() -> {
            SplittableRandom random = new SplittableRandom(7);
            long[] next = new long[flappers.size()];
            while (running.get()) {
                long now = System.nanoTime();
                for (int i = 0; i < next.length; i++) {
                    if (now >= next[i]) {
                        flappers.get(i).dropConnection();
                        drops.incrementAndGet();
                        next[i] = now + TimeUnit.MILLISECONDS.toNanos(3000 + random.nextInt(7000));
                    }
                }
                LocalPlatform.sleep(200);
            }
        }, "flapper");
        flapper.start();
        long third = o.flapSeconds() * 1000L / 3;
        LocalPlatform.sleep(third);
        List<String> nos = new ArrayList<>(orders.keySet());
        List<String> viaApi = nos.subList(0, nos.size() / 2);
        int ok = 0;
        for (Future<OpsApi.Reply> f : stopThroughApi(viaApi)) {
            ok += f.get().ok() ? 1 : 0;
        }
        facts.put("stopsThroughApi", viaApi.size());
        facts.put("stopsThroughApiAccepted", ok);
        LocalPlatform.sleep(third);
        for (String no : nos.subList(viaApi.size(), nos.size())) {
            FleetGun g = orders.get(no);
            g.pile().stopLocally(g.gunNo());
        }
        facts.put("stopsAtPile", nos.size() - viaApi.size());
        LocalPlatform.sleep(third);
        running.set(false);
        flapper.join();
        facts.put("connectionDrops", drops.get());
        long reconnects = flappers.stream().mapToLong(SimulatedPile::connections).sum() - flappers.size();
        facts.put("flapperReconnects", reconnects);
        CampaignMain.log("flapping over: %d drops, %d reconnects", drops.get(), reconnects);
        await(() -> fleet.piles().stream().allMatch(p -> p.state() == PileState.ONLINE), Duration.ofMinutes(2),
                "every pile online again");
    }

    /**
     * Some piles (5 %, at least one) write garbage between their frames every 500 ms while charging: random bytes
     * without the start byte 0x68, and every other time a whole heartbeat frame with a wrong CRC. The connector must
     * count and log them with the pile code and keep the session (no new connection, no new login).
     */
    private void garbage() throws Exception {
        Map<String, Long> rejectedBefore = rejectedLogLines();
        double metricBefore = metric("chargeops_pile_frames_rejected_total");
        List<SimulatedPile> noisy = new ArrayList<>();
        int every = Math.max(1, fleet.piles().size() / Math.max(1, fleet.piles().size() / 20));
        for (int i = 0; i < fleet.piles().size(); i += every) {
            noisy.add(fleet.piles().get(i));
        }
        // connections and logins when the noise starts: the session is kept if neither grows while it lasts
        Map<SimulatedPile, long[]> sessionBefore = new HashMap<>();
        for (SimulatedPile p : noisy) {
            sessionBefore.put(p, new long[] {p.connections(), p.logins()});
        }
        Map<SimulatedPile, Integer> bursts = new HashMap<>();
        SplittableRandom random = new SplittableRandom(11);
        YkcCodec codec = YkcCodec.standard();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        int round = 0;
        while (System.nanoTime() < end) {
            for (SimulatedPile p : noisy) {
                byte[] bytes;
                if (round % 2 == 0) {
                    bytes = new byte[1 + random.nextInt(48)];
                    for (int i = 0; i < bytes.length; i++) {
                        int b;
                        do {
                            b = random.nextInt(256);
                        } while (b == 0x68);
                        bytes[i] = (byte) b;
                    }
                } else {
                    bytes = codec.encode(0, new Heartbeat(p.pileCode(), 1, GunHealth.NORMAL));
                    bytes[bytes.length - 1] ^= 0x5A; // CRC no longer matches
                }
                if (p.sendRaw(bytes)) {
                    bursts.merge(p, 1, Integer::sum);
                }
            }
            round++;
            LocalPlatform.sleep(500);
        }
        int sent = bursts.values().stream().mapToInt(Integer::intValue).sum();
        facts.put("noisyPiles", noisy.size());
        facts.put("garbageBurstsSent", sent);
        endSessions(0.5);
        LocalPlatform.sleep(2000);
        Map<String, Long> rejectedAfter = rejectedLogLines();
        double metricAfter = metric("chargeops_pile_frames_rejected_total");
        List<String> problems = new ArrayList<>();
        long logged = 0;
        for (SimulatedPile p : noisy) {
            String code = p.pileCode().toString();
            long n = rejectedAfter.getOrDefault(code, 0L) - rejectedBefore.getOrDefault(code, 0L);
            logged += n;
            if (n <= 0) {
                problems.add("pile " + code + ": no rejected frame logged with its code");
            }
            if (!sessionKept(p, sessionBefore.get(p))) {
                problems.add("pile " + code + ": " + (p.connections() - sessionBefore.get(p)[0]) + " new connections, "
                        + (p.logins() - sessionBefore.get(p)[1]) + " new logins while sending garbage (session not kept)");
            }
        }
        for (String code : rejectedAfter.keySet()) {
            if (noisy.stream().noneMatch(p -> p.pileCode().toString().equals(code))
                    && rejectedAfter.get(code) > rejectedBefore.getOrDefault(code, 0L)) {
                problems.add("pile " + code + " sent no garbage but has rejected frames logged");
            }
        }
        double counted = metricAfter - metricBefore;
        if (counted < noisy.size()) {
            problems.add("chargeops_pile_frames_rejected_total grew by " + counted);
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("noisyPiles", noisy.size());
        counts.put("burstsSent", sent);
        counts.put("rejectedCounted", (long) counted);
        counts.put("rejectedLoggedWithPileCode", logged);
        counts.put("sessionsKept", noisy.stream().filter(p -> sessionKept(p, sessionBefore.get(p))).count());
        counts.put("problems", problems.size());
        extra.add(new Verdict("malformed frames counted and logged per pile, session kept", problems.isEmpty(),
                counts, problems.stream().limit(10).toList()));
    }

    private static boolean sessionKept(SimulatedPile p, long[] before) {
        return p.connections() == before[0] && p.logins() == before[1] && p.state() == PileState.ONLINE;
    }

    /** The clock-skew fleet gets a time sync (0x56) through the ops API; followers must then show the right time. */
    private void timeSync() {
        int ok = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < fleet.piles().size(); i++) {
            if (SKEWS.get(i % SKEWS.size()).isZero()) {
                continue;
            }
            SimulatedPile p = fleet.piles().get(i);
            OpsApi.Reply r = api.post("/piles/" + p.pileCode() + "/commands/time-sync", "{}");
            ok += r.ok() ? 1 : 0;
        }
        long followersRight = 0;
        long keptSkew = 0;
        for (int i = 0; i < fleet.piles().size(); i++) {
            Duration skew = SKEWS.get(i % SKEWS.size());
            SimulatedPile p = fleet.piles().get(i);
            Duration off = Duration.between(LocalDateTime.now(OPERATOR_ZONE), p.now()).abs();
            if (i % 2 == 0) {
                if (off.compareTo(Duration.ofSeconds(10)) <= 0) {
                    followersRight++;
                } else {
                    problems.add("pile " + p.pileCode() + " follows time sync but is off by " + off);
                }
            } else if (!skew.isZero()) {
                keptSkew++;
            }
        }
        facts.put("timeSyncsAccepted", ok);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("timeSyncsAccepted", ok);
        counts.put("followersOnTime", followersRight);
        counts.put("skewedPilesNotFollowing", keptSkew);
        counts.put("problems", problems.size());
        extra.add(new Verdict("time sync (0x56) sets the clock of piles that follow it", problems.isEmpty(), counts,
                problems.stream().limit(10).toList()));
    }

    private static Clock skewedClock(Duration skew) {
        return SimClock.startingAt(LocalDateTime.now(OPERATOR_ZONE).plus(skew), OPERATOR_ZONE, 1.0);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static final Pattern REJECTED = Pattern.compile("Pile (\\d{14}) frame rejected");

    /** "Pile <code> frame rejected" lines of the node log, counted per pile code. */
    private Map<String, Long> rejectedLogLines() throws IOException {
        Map<String, Long> m = new HashMap<>();
        if (!Files.exists(platform.nodeLog())) {
            return m;
        }
        try (var lines = Files.lines(platform.nodeLog())) {
            lines.forEach(l -> {
                Matcher x = REJECTED.matcher(l);
                if (x.find()) {
                    m.merge(x.group(1), 1L, Long::sum);
                }
            });
        }
        return m;
    }

    private double metric(String name) {
        OpsApi.Reply r = api.getPublic("/metrics");
        double sum = 0;
        for (String line : r.body().split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static long countLines(Path file, String needle) {
        try (var lines = Files.lines(file)) {
            return lines.filter(l -> l.contains(needle)).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + timeout + ": " + what);
            }
            LocalPlatform.sleep(100);
        }
    }
}
