package io.chargeops.pile.simulator;

import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.PileType;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A fleet of simulated piles on one shared event loop group, with a simple driver that keeps roughly
 * {@code chargingRatio} of all guns charging: idle guns start by card swipe (0x31), charging guns stop locally, each
 * with a probability chosen so that the steady state has the requested ratio.
 */
public final class PileSimulator implements AutoCloseable {
    /** Fleet parameters; pile codes are {@code basePileCode}, +1, +2, ... */
    public record Settings(int piles, int guns, String host, int port, double chargingRatio, Duration duration,
            long seed, long basePileCode, PileType pileType, SimIntervals intervals, double timeScale,
            int connectionsPerSourceAddress, Duration driverTick, int ioThreads) {

        public static Settings defaults() {
            return new Settings(10, 2, "127.0.0.1", 8767, 0.3, Duration.ofMinutes(5), 42, 32010600000001L,
                    PileType.DC, SimIntervals.SPEC, 1.0, 20_000, Duration.ofSeconds(30), 0);
        }
    }

    private final Settings settings;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final List<SimulatedPile> piles = new ArrayList<>();
    private final ScheduledExecutorService driver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pile-simulator-driver");
        t.setDaemon(true);
        return t;
    });
    private final SplittableRandom random;
    private Function<PileCode, PacketObserver> observers = code -> null;
    private Duration rampUp = Duration.ofSeconds(1);
    private BiFunction<PileCode, Integer, PhysicalCardNo> cards;
    private Predicate<PileCode> driverSkips = code -> false;
    private volatile boolean driverPaused;
    private int firstSourceAddress;

    public PileSimulator(Settings settings) {
        this(settings, new NioEventLoopGroup(settings.ioThreads()), true);
    }

    public PileSimulator(Settings settings, EventLoopGroup group) {
        this(settings, group, false);
    }

    private PileSimulator(Settings settings, EventLoopGroup group, boolean ownsGroup) {
        this.settings = settings;
        this.group = group;
        this.ownsGroup = ownsGroup;
        this.random = new SplittableRandom(settings.seed());
    }

    /** Gives each pile an observer of its packets (load measurements); call before {@link #start()}. */
    public PileSimulator observers(Function<PileCode, PacketObserver> perPile) {
        this.observers = perPile;
        return this;
    }

    /** Spreads the first connection attempts evenly over this period (default one second); call before start. */
    public PileSimulator rampUp(Duration period) {
        this.rampUp = period;
        return this;
    }

    /**
     * The card the driver swipes at a pile's gun (a load run registers one card per gun with its own wallet); without
     * this it swipes a random card number. Call before {@link #start()}.
     */
    public PileSimulator cards(BiFunction<PileCode, Integer, PhysicalCardNo> perGun) {
        this.cards = perGun;
        return this;
    }

    /**
     * Connects from 127.0.0.{@code lastOctet} (then .+1, ... per {@code connectionsPerSourceAddress} piles) even for a
     * small fleet, so that several simulator processes against one server do not share one address's ephemeral
     * ports. Call before {@link #start()}.
     */
    public PileSimulator firstSourceAddress(int lastOctet) {
        this.firstSourceAddress = lastOctet;
        return this;
    }

    /** Piles the driver leaves alone (a load run toggles their plugs itself to measure frame-to-state latency). */
    public PileSimulator driverSkips(Predicate<PileCode> skip) {
        this.driverSkips = skip;
        return this;
    }

    /** While paused the driver starts and stops nothing (a load run's settlement burst and reconnect storm). */
    public void pauseDriver(boolean paused) {
        this.driverPaused = paused;
    }

    /** Connects all piles, spreading connection attempts over the ramp-up period (a second unless set). */
    public PileSimulator start() {
        InetSocketAddress server = new InetSocketAddress(settings.host(), settings.port());
        for (int i = 0; i < settings.piles(); i++) {
            PileCode code = PileCode.ofNumber(settings.basePileCode() + i);
            PileConfig config = PileConfig.builder(code.digits())
                    .guns(settings.guns()).pileType(settings.pileType()).server(server)
                    .localAddress(firstSourceAddress > 0
                            ? SourceAddresses.loopback(firstSourceAddress + i / settings.connectionsPerSourceAddress())
                            : SourceAddresses.forPile(i, settings.piles(), settings.connectionsPerSourceAddress(),
                                    server))
                    .intervals(settings.intervals()).timeScale(settings.timeScale()).seed(settings.seed() + i)
                    .recordTraffic(settings.piles() <= 10).recordLimit(1_000).observer(observers.apply(code)).build();
            long delay = settings.piles() > 1 ? (rampUp.toMillis() * i) / settings.piles() : 0;
            driver.schedule(() -> {
                SimulatedPile pile = SimulatedPile.start(config, group);
                synchronized (piles) {
                    piles.add(pile);
                }
            }, delay, TimeUnit.MILLISECONDS);
        }
        long tick = settings.driverTick().toMillis();
        driver.scheduleAtFixedRate(this::drive, tick, tick, TimeUnit.MILLISECONDS);
        return this;
    }

    public List<SimulatedPile> piles() {
        synchronized (piles) {
            return List.copyOf(piles);
        }
    }

    private void drive() {
        double ratio = settings.chargingRatio();
        // per-tick transition probabilities whose equilibrium is `ratio` charging
        double pStart = Math.min(1, 0.2 * ratio / Math.max(0.01, 1 - ratio));
        double pStop = 0.2;
        if (ratio >= 1) {
            pStop = 0;
        }
        if (driverPaused) {
            return;
        }
        for (SimulatedPile p : piles()) {
            if (p.state() != PileState.ONLINE || driverSkips.test(p.pileCode())) {
                continue;
            }
            for (GunSnapshot g : p.guns()) {
                double r = random.nextDouble();
                if (g.charging()) {
                    if (r < pStop) {
                        p.stopLocally(g.gunNo());
                    }
                } else if (!g.billPending() && r < pStart && ratio > 0) {
                    PhysicalCardNo card = PhysicalCardNo.of(String.format("%016X", random.nextLong()));
                    p.swipeCard(g.gunNo(), cards != null ? cards.apply(p.pileCode(), g.gunNo()) : card);
                }
            }
        }
    }

    public Summary summary() {
        List<SimulatedPile> all = piles();
        long online = all.stream().filter(p -> p.state() == PileState.ONLINE).count();
        long charging = all.stream().flatMap(p -> p.guns().stream()).filter(GunSnapshot::charging).count();
        long sent = all.stream().mapToLong(SimulatedPile::framesSent).sum();
        long received = all.stream().mapToLong(SimulatedPile::framesReceived).sum();
        long errors = all.stream().mapToLong(SimulatedPile::frameErrors).sum();
        long bills = all.stream().flatMap(p -> p.guns().stream()).mapToLong(GunSnapshot::billsConfirmed).sum();
        return new Summary(all.size(), online, charging, sent, received, errors, bills);
    }

    public record Summary(int piles, long online, long chargingGuns, long framesSent, long framesReceived,
            long frameErrors, long billsConfirmed) {
    }

    @Override
    public void close() {
        driver.shutdownNow();
        piles().forEach(SimulatedPile::close);
        if (ownsGroup) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
