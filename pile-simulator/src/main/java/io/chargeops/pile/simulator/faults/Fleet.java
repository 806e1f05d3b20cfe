package io.chargeops.pile.simulator.faults;

import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.message.TransactionRecordConfirm;
import io.chargeops.pile.protocol.ykc.types.PileType;
import io.chargeops.pile.protocol.ykc.types.TransactionConfirmResult;
import io.chargeops.pile.simulator.GunSnapshot;
import io.chargeops.pile.simulator.PileConfig;
import io.chargeops.pile.simulator.SimIntervals;
import io.chargeops.pile.simulator.SimulatedPile;
import io.chargeops.pile.simulator.faults.Invariants.SentRecord;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The campaign's simulated piles: AC piles of 7 kW registered at demo station 1 (codes {@code prefix + 000001…}),
 * protocol timing as the spec has it except that an unconfirmed 0x3B is resent every 5 s (spec: 30 s) and a lost
 * connection is retried after 2 s, so recovery after a fault is a matter of seconds, not minutes.
 */
final class Fleet implements AutoCloseable {

    static final SimIntervals INTERVALS = new SimIntervals(Duration.ofSeconds(10), Duration.ofSeconds(15),
            Duration.ofMinutes(5), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(2), 3);

    record FleetGun(SimulatedPile pile, int index, int gunNo, String gunCode, String userPhone) {
        GunSnapshot snapshot() {
            return pile.gun(gunNo);
        }
    }

    private final EventLoopGroup group = new NioEventLoopGroup(2);
    private final List<SimulatedPile> piles = new ArrayList<>();
    private final List<FleetGun> guns = new ArrayList<>();

    /** Pile code of the i-th pile (0-based). */
    static String pileCode(String prefix, int i) {
        return prefix + String.format("%0" + (14 - prefix.length()) + "d", i + 1);
    }

    /** The app user (seeded, one per pile) whose wallet pays for the pile's sessions. */
    static String userPhone(int i) {
        return Long.toString(17_000_000_001L + i);
    }

    static Fleet connect(CampaignMain.Options o, int pileCount, Function<Integer, Clock> clockOf,
            Predicate<Integer> followsTimeSync) {
        Fleet f = new Fleet();
        for (int i = 0; i < pileCount; i++) {
            String code = pileCode(o.pilePrefix(), i);
            SimulatedPile p = SimulatedPile.start(PileConfig.builder(code).guns(o.guns()).pileType(PileType.AC)
                    .powerKw(new BigDecimal("7")).server("127.0.0.1", o.pilePort()).intervals(INTERVALS)
                    .timeScale(o.timeScale()).seed(i + 1).clock(clockOf.apply(i))
                    .followTimeSync(followsTimeSync.test(i)).recordLimit(200).build(), f.group);
            f.piles.add(p);
            for (int g = 1; g <= o.guns(); g++) {
                f.guns.add(new FleetGun(p, i, g, code + String.format("%02d", g), userPhone(i)));
            }
            if (i % 50 == 49) {
                LocalPlatform.sleep(100); // a gentle ramp instead of a login storm on a shared machine
            }
        }
        return f;
    }

    Fleet awaitOnline(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (SimulatedPile p : piles) {
            p.awaitOnline(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
        return this;
    }

    List<SimulatedPile> piles() {
        return piles;
    }

    List<FleetGun> guns() {
        return guns;
    }

    long count(Predicate<GunSnapshot> condition) {
        return guns.stream().filter(g -> condition.test(g.snapshot())).count();
    }

    /** Serials of the sessions still running at the piles. */
    Set<String> activeSerials() {
        Set<String> s = new HashSet<>();
        for (FleetGun g : guns) {
            GunSnapshot snap = g.snapshot();
            if (snap.charging()) {
                s.add(snap.serial().toString());
            }
        }
        return s;
    }

    /** Every 0x3B the piles made, with how often each went out and the 0x40s that came back. */
    List<SentRecord> records() {
        List<SentRecord> list = new ArrayList<>();
        for (SimulatedPile p : piles) {
            for (TransactionRecord r : p.transactionRecords()) {
                List<TransactionRecordConfirm> c = p.confirmations(r.serial());
                int accepted = (int) c.stream().filter(x -> x.result() == TransactionConfirmResult.ACCEPTED).count();
                list.add(new SentRecord(r.serial().toString(), p.pileCode().toString(), r.gunNo(), r.totalEnergy(),
                        p.timesSent(r.serial()), accepted, c.size() - accepted));
            }
        }
        return list;
    }

    int confirmedRecords() {
        int n = 0;
        for (SimulatedPile p : piles) {
            for (TransactionRecord r : p.transactionRecords()) {
                if (!p.confirmations(r.serial()).isEmpty()) {
                    n++;
                }
            }
        }
        return n;
    }

    @Override
    public void close() {
        piles.forEach(SimulatedPile::close);
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
