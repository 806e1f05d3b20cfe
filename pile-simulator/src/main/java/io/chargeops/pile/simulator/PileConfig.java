package io.chargeops.pile.simulator;

import io.chargeops.pile.protocol.ykc.message.BillingModel;
import io.chargeops.pile.protocol.ykc.message.Tariff;
import io.chargeops.pile.protocol.ykc.types.BillingModelId;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.PileType;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything that defines one simulated pile. Built with {@link #builder(String)}.
 *
 * @param localAddress  source address to bind (e.g. 127.0.0.2 once 127.0.0.1 runs out of ephemeral ports), or null
 * @param billingModel  the model the pile holds at power-on; {@code null} means none (it sends model id 0000 and
 *                      must obtain one from the platform before it may charge)
 * @param clock         the pile's wall clock (tariff period of each energy increment, times in its frames); a
 *                      {@link SimClock} lets a test choose the time of day and how fast it runs
 * @param followTimeSync whether the platform's time sync (0x56) moves the pile's clock (as on real piles); off keeps
 *                      the configured clock, so a test controls the time of day a session runs at
 * @param timeScale     simulated seconds per real second for energy accounting, so demos can show kWh quickly
 * @param recordTraffic keep sent and received packets for inspection (tests); off for large fleets
 * @param observer      sees every packet sent and received with its time (load runs), or null
 */
public record PileConfig(PileCode pileCode, int guns, PileType pileType, InetSocketAddress server,
        InetSocketAddress localAddress, SimIntervals intervals, BigDecimal powerKw, BigDecimal batteryKwh,
        BillingModel billingModel, String firmware, Clock clock, boolean followTimeSync, double timeScale, long seed,
        boolean recordTraffic, int recordLimit, PacketObserver observer) {

    public PileConfig {
        Objects.requireNonNull(pileCode, "pileCode");
        Objects.requireNonNull(server, "server");
        if (guns < 1 || guns > 99) {
            throw new IllegalArgumentException("guns must be 1..99 (BCD gun numbers)");
        }
    }

    public static Builder builder(String pileCode) {
        return new Builder(PileCode.of(pileCode));
    }

    public static BillingModel defaultModel() {
        return BillingModel.flatRate(BillingModelId.of("0001"),
                new Tariff(new BigDecimal("0.80000"), new BigDecimal("0.40000")));
    }

    public static final class Builder {
        private final PileCode pileCode;
        private int guns = 2;
        private PileType pileType = PileType.DC;
        private InetSocketAddress server = new InetSocketAddress("127.0.0.1", 8767);
        private InetSocketAddress localAddress;
        private SimIntervals intervals = SimIntervals.SPEC;
        private BigDecimal powerKw;
        private BigDecimal batteryKwh = new BigDecimal("60");
        private BillingModel billingModel = defaultModel();
        private String firmware = "SIM1.0";
        private Clock clock = Clock.systemDefaultZone();
        private boolean followTimeSync = true;
        private double timeScale = 1.0;
        private long seed = 1;
        private boolean recordTraffic = true;
        private int recordLimit = 10_000;
        private PacketObserver observer;

        private Builder(PileCode pileCode) {
            this.pileCode = pileCode;
        }

        public Builder guns(int guns) { this.guns = guns; return this; }
        public Builder pileType(PileType t) { this.pileType = t; return this; }
        public Builder server(String host, int port) { this.server = new InetSocketAddress(host, port); return this; }
        public Builder server(InetSocketAddress a) { this.server = a; return this; }
        public Builder localAddress(InetSocketAddress a) { this.localAddress = a; return this; }
        public Builder intervals(SimIntervals i) { this.intervals = i; return this; }
        public Builder powerKw(BigDecimal p) { this.powerKw = p; return this; }
        public Builder batteryKwh(BigDecimal b) { this.batteryKwh = b; return this; }
        public Builder billingModel(BillingModel m) { this.billingModel = m; return this; }
        public Builder firmware(String f) { this.firmware = f; return this; }
        public Builder clock(Clock c) { this.clock = c; return this; }
        public Builder followTimeSync(boolean f) { this.followTimeSync = f; return this; }
        public Builder timeScale(double s) { this.timeScale = s; return this; }
        public Builder seed(long s) { this.seed = s; return this; }
        public Builder recordTraffic(boolean r) { this.recordTraffic = r; return this; }
        public Builder recordLimit(int n) { this.recordLimit = n; return this; }
        public Builder observer(PacketObserver o) { this.observer = o; return this; }

        public PileConfig build() {
            BigDecimal power = powerKw != null ? powerKw
                    : pileType == PileType.DC ? new BigDecimal("60") : new BigDecimal("7");
            return new PileConfig(pileCode, guns, pileType, server, localAddress, intervals, power, batteryKwh,
                    billingModel, firmware, clock, followTimeSync, timeScale, seed, recordTraffic, recordLimit, observer);
        }
    }
}
