package io.chargeops.pile.simulator;

import io.chargeops.pile.protocol.ykc.types.PileType;
import java.time.Duration;
import java.util.Locale;

/**
 * Command line: {@code java -jar pile-simulator.jar --piles 100 --guns 2 --host 127.0.0.1 --port 8767
 * --charging-ratio 0.3 --duration 10m --seed 42}. Prints a status line every few seconds and a summary at the end.
 */
public final class SimulatorMain {
    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        PileSimulator.Settings s;
        try {
            s = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        System.out.printf(Locale.ROOT, "simulating %d pile(s) x %d gun(s) against %s:%d for %s%n", s.piles(),
                s.guns(), s.host(), s.port(), s.duration());
        try (PileSimulator sim = new PileSimulator(s).start()) {
            long end = System.nanoTime() + s.duration().toNanos();
            while (System.nanoTime() < end) {
                Thread.sleep(Math.min(5_000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                System.out.println(sim.summary());
            }
            System.out.println("final: " + sim.summary());
        }
    }

    static String usage() {
        return "usage: pile-simulator [--piles N] [--guns G] [--host H] [--port P] [--charging-ratio R]"
                + " [--duration 30s|5m|1h] [--seed S] [--base-pile-code 32010600000001] [--type DC|AC]"
                + " [--fast] [--time-scale X] [--per-source-address N]";
    }

    public static PileSimulator.Settings parse(String[] args) {
        PileSimulator.Settings d = PileSimulator.Settings.defaults();
        int piles = d.piles();
        int guns = d.guns();
        String host = d.host();
        int port = d.port();
        double ratio = d.chargingRatio();
        Duration duration = d.duration();
        long seed = d.seed();
        long base = d.basePileCode();
        PileType type = d.pileType();
        SimIntervals intervals = d.intervals();
        double timeScale = d.timeScale();
        int perAddress = d.connectionsPerSourceAddress();
        Duration tick = d.driverTick();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--fast")) {
                intervals = SimIntervals.fast();
                tick = Duration.ofSeconds(1);
                continue;
            }
            if (a.equals("--help") || a.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--piles" -> piles = Integer.parseInt(v);
                case "--guns" -> guns = Integer.parseInt(v);
                case "--host" -> host = v;
                case "--port" -> port = Integer.parseInt(v);
                case "--charging-ratio" -> ratio = Double.parseDouble(v);
                case "--duration" -> duration = duration(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--base-pile-code" -> base = Long.parseLong(v);
                case "--type" -> type = PileType.valueOf(v.toUpperCase(Locale.ROOT));
                case "--time-scale" -> timeScale = Double.parseDouble(v);
                case "--per-source-address" -> perAddress = Integer.parseInt(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (ratio < 0 || ratio > 1) {
            throw new IllegalArgumentException("--charging-ratio must be within 0..1");
        }
        if (piles < 1 || guns < 1 || guns > 99) {
            throw new IllegalArgumentException("--piles must be >= 1 and --guns 1..99");
        }
        return new PileSimulator.Settings(piles, guns, host, port, ratio, duration, seed, base, type, intervals,
                timeScale, perAddress, tick, 0);
    }

    public static Duration duration(String v) {
        String n = v.substring(0, v.length() - 1);
        return switch (v.charAt(v.length() - 1)) {
            case 's' -> Duration.ofSeconds(Long.parseLong(n));
            case 'm' -> Duration.ofMinutes(Long.parseLong(n));
            case 'h' -> Duration.ofHours(Long.parseLong(n));
            default -> Duration.ofSeconds(Long.parseLong(v));
        };
    }
}
