package io.chargeops.it.micro;

import io.chargeops.pile.protocol.ykc.types.PileType;
import io.chargeops.pile.simulator.GunSnapshot;
import io.chargeops.pile.simulator.PileConfig;
import io.chargeops.pile.simulator.SimIntervals;
import io.chargeops.pile.simulator.SimulatedPile;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Many simulated piles in one test process, registered through the ops API first ({@code POST /piles}) the way an
 * operator scripts a new site: AC piles at the first demo station (demo tariff), {@code guns} guns each, modest
 * intervals so a hundred charging guns do not swamp a 2-core machine (real-time data every second while charging,
 * heartbeats every 2 s, unconfirmed bills resent every 2 s, reconnect every 500 ms).
 */
final class PileFleet implements AutoCloseable {

    static final SimIntervals INTERVALS = new SimIntervals(Duration.ofSeconds(2), Duration.ofSeconds(1),
            Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(500), 3);

    /** One gun of the fleet. */
    record FleetGun(SimulatedPile pile, int gunNo, String gunCode) {
        GunSnapshot snapshot() {
            return pile.gun(gunNo);
        }
    }

    private final EventLoopGroup group = new NioEventLoopGroup(2);
    private final List<SimulatedPile> piles = new ArrayList<>();
    private final List<FleetGun> guns = new ArrayList<>();

    /** Pile codes {@code <prefix8>000001}, {@code …000002}, … (14 digits). */
    static List<String> codes(String prefix8, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            codes.add(prefix8 + String.format("%06d", i));
        }
        return codes;
    }

    /** Registers the piles at demo station 1 through the ops API; an already registered pile is fine. */
    static void register(AdminApi api, List<String> codes, int gunsPerPile) {
        for (String code : codes) {
            AdminApi.Reply r = api.post("/piles", Json.object("pileCode", code, "stationId", 1, "pileType", "AC",
                    "gunCount", gunsPerPile, "ratedPowerKw", new BigDecimal("7.00"), "manufacturer", "IT",
                    "model", "SIM-AC7"));
            if (r.status() != 201 && r.status() != 409) {
                throw new AssertionError("registering pile " + code + ": " + r);
            }
        }
    }

    /** Connects every pile (each holding the demo billing model); wait with {@link #awaitOnline(Duration)}. */
    static PileFleet connect(MicroNode node, List<String> codes, int gunsPerPile, double timeScale) {
        PileFleet fleet = new PileFleet();
        int seed = 1;
        for (String code : codes) {
            SimulatedPile pile = SimulatedPile.start(PileConfig.builder(code).guns(gunsPerPile).pileType(PileType.AC)
                    .powerKw(new BigDecimal("7")).server("127.0.0.1", node.pilePort()).intervals(INTERVALS)
                    .billingModel(DemoTariff.MODEL).timeScale(timeScale).seed(seed++).recordLimit(2_000).build(),
                    fleet.group);
            fleet.piles.add(pile);
            for (int g = 1; g <= gunsPerPile; g++) {
                fleet.guns.add(new FleetGun(pile, g, code + String.format("%02d", g)));
            }
        }
        return fleet;
    }

    PileFleet awaitOnline(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (SimulatedPile p : piles) {
            long left = Math.max(1, deadline - System.nanoTime());
            p.awaitOnline(Duration.ofNanos(left));
        }
        return this;
    }

    List<FleetGun> guns() {
        return guns;
    }

    List<SimulatedPile> piles() {
        return piles;
    }

    long count(Predicate<GunSnapshot> condition) {
        return guns.stream().filter(g -> condition.test(g.snapshot())).count();
    }

    @Override
    public void close() {
        piles.forEach(SimulatedPile::close);
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
