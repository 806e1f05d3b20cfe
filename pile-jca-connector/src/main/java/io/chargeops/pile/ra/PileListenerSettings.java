package io.chargeops.pile.ra;

import io.chargeops.pile.protocol.ykc.crypto.EncryptionKeys;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Everything the pile connector can be told. The resource adapter runs before the application, so it cannot rely on
 * the application's MicroProfile Config sources; it reads the same keys ({@code chargeops.pile.*}) from system
 * properties and environment variables ({@code CHARGEOPS_PILE_*}), which MicroProfile Config also reads, so operators
 * set one value for both. Each key overrides the matching {@code ra.xml} config property.
 *
 * @param bindAddress      address the TCP server binds ({@code chargeops.pile.bind-address}, 0.0.0.0)
 * @param port             TCP port piles connect to ({@code chargeops.pile.port}, 8767; 0 = any free port)
 * @param idleTimeout      a connection that has not logged in and sends nothing for this long is closed
 *                         ({@code chargeops.pile.idle-timeout-seconds}, 45)
 * @param heartbeatPeriod  the period piles send 0x03 at ({@code chargeops.pile.heartbeat-period-seconds}, 10)
 * @param missedHeartbeats heartbeat periods without any 0x03 before a logged-in pile is declared offline
 *                         ({@code chargeops.pile.missed-heartbeats}, 3)
 * @param maxConnections   open connections beyond this are closed at once and counted
 *                         ({@code chargeops.pile.max-connections}, 20000)
 * @param ioThreads        Netty IO threads, 0 = Netty's default of two per core ({@code chargeops.pile.io-threads})
 * @param maxQueuedEvents  events waiting for delivery on one connection before reading from it pauses
 *                         ({@code chargeops.pile.max-queued-events}, 1000); reading resumes at half of it
 * @param requestTimeout   timeout of {@code PileGateway.request} when the caller passes none
 *                         ({@code chargeops.pile.request-timeout-seconds}, 30)
 * @param keys             per-pile 3DES keys, {@code <pilecode>:<hexkey>,...} ({@code chargeops.pile.keys}); never
 *                         put them in git or ra.xml, set them in the environment
 */
public record PileListenerSettings(String bindAddress, int port, Duration idleTimeout, Duration heartbeatPeriod,
        int missedHeartbeats, int maxConnections, int ioThreads, int maxQueuedEvents, Duration requestTimeout,
        String keys) {

    public static final PileListenerSettings DEFAULTS = new PileListenerSettings("0.0.0.0", 8767,
            Duration.ofSeconds(45), Duration.ofSeconds(10), 3, 20_000, 0, 1000, Duration.ofSeconds(30), "");

    public PileListenerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("chargeops.pile.port must be 0..65535, was " + port);
        }
        requirePositive(idleTimeout, "chargeops.pile.idle-timeout-seconds");
        requirePositive(heartbeatPeriod, "chargeops.pile.heartbeat-period-seconds");
        requirePositive(requestTimeout, "chargeops.pile.request-timeout-seconds");
        if (missedHeartbeats < 1) {
            throw new IllegalArgumentException("chargeops.pile.missed-heartbeats must be >= 1, was " + missedHeartbeats);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("chargeops.pile.max-connections must be >= 1, was " + maxConnections);
        }
        if (ioThreads < 0) {
            throw new IllegalArgumentException("chargeops.pile.io-threads must be >= 0 (0 = Netty default), was " + ioThreads);
        }
        if (maxQueuedEvents < 2) {
            throw new IllegalArgumentException("chargeops.pile.max-queued-events must be >= 2, was " + maxQueuedEvents);
        }
        keys = keys == null ? "" : keys.trim();
        parseKeys(keys); // fail at start-up, not at the first encrypted frame
    }

    /** How long a logged-in pile may stay without a heartbeat. */
    public Duration heartbeatTimeout() {
        return heartbeatPeriod.multipliedBy(missedHeartbeats);
    }

    /** Reading resumes when a paused connection's queue drains to this. */
    public int resumeQueuedEvents() {
        return maxQueuedEvents / 2;
    }

    public EncryptionKeys encryptionKeys() {
        Map<PileCode, byte[]> parsed = parseKeys(keys);
        return parsed.isEmpty() ? EncryptionKeys.NONE : EncryptionKeys.of(parsed);
    }

    public PileListenerSettings withPort(int newPort) {
        return new PileListenerSettings(bindAddress, newPort, idleTimeout, heartbeatPeriod, missedHeartbeats,
                maxConnections, ioThreads, maxQueuedEvents, requestTimeout, keys);
    }

    public PileListenerSettings withHeartbeat(Duration period, int missed) {
        return new PileListenerSettings(bindAddress, port, idleTimeout, period, missed, maxConnections, ioThreads,
                maxQueuedEvents, requestTimeout, keys);
    }

    public PileListenerSettings withIdleTimeout(Duration idle) {
        return new PileListenerSettings(bindAddress, port, idle, heartbeatPeriod, missedHeartbeats, maxConnections,
                ioThreads, maxQueuedEvents, requestTimeout, keys);
    }

    public PileListenerSettings withMaxConnections(int max) {
        return new PileListenerSettings(bindAddress, port, idleTimeout, heartbeatPeriod, missedHeartbeats, max,
                ioThreads, maxQueuedEvents, requestTimeout, keys);
    }

    public PileListenerSettings withMaxQueuedEvents(int max) {
        return new PileListenerSettings(bindAddress, port, idleTimeout, heartbeatPeriod, missedHeartbeats,
                maxConnections, ioThreads, max, requestTimeout, keys);
    }

    public PileListenerSettings withIoThreads(int threads) {
        return new PileListenerSettings(bindAddress, port, idleTimeout, heartbeatPeriod, missedHeartbeats,
                maxConnections, threads, maxQueuedEvents, requestTimeout, keys);
    }

    public PileListenerSettings withBindAddress(String address) {
        return new PileListenerSettings(address, port, idleTimeout, heartbeatPeriod, missedHeartbeats,
                maxConnections, ioThreads, maxQueuedEvents, requestTimeout, keys);
    }

    /** The adapter's configured values, each overridden by {@code chargeops.pile.<key>} or its environment form. */
    static PileListenerSettings resolve(PileListenerSettings configured, Properties system, Map<String, String> env) {
        return new PileListenerSettings(
                lookup("bind-address", configured.bindAddress(), system, env),
                integer("port", configured.port(), system, env),
                seconds("idle-timeout-seconds", configured.idleTimeout(), system, env),
                seconds("heartbeat-period-seconds", configured.heartbeatPeriod(), system, env),
                integer("missed-heartbeats", configured.missedHeartbeats(), system, env),
                integer("max-connections", configured.maxConnections(), system, env),
                integer("io-threads", configured.ioThreads(), system, env),
                integer("max-queued-events", configured.maxQueuedEvents(), system, env),
                seconds("request-timeout-seconds", configured.requestTimeout(), system, env),
                lookup("keys", configured.keys(), system, env));
    }

    private static int integer(String key, int fallback, Properties system, Map<String, String> env) {
        String value = lookup(key, Integer.toString(fallback), system, env);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("chargeops.pile." + key + " must be an integer, was '" + value + "'");
        }
    }

    private static Duration seconds(String key, Duration fallback, Properties system, Map<String, String> env) {
        String value = lookup(key, null, system, env);
        return value == null ? fallback : Duration.ofSeconds(integer(key, 0, system, env));
    }

    private static String lookup(String key, String fallback, Properties system, Map<String, String> env) {
        String property = "chargeops.pile." + key;
        String value = system.getProperty(property);
        if (value == null) {
            value = env.get(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static void requirePositive(Duration value, String key) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(key + " must be positive, was " + value);
        }
    }

    private static Map<PileCode, byte[]> parseKeys(String spec) {
        Map<PileCode, byte[]> out = new LinkedHashMap<>();
        if (spec.isEmpty()) {
            return out;
        }
        for (String entry : spec.split(",")) {
            String[] parts = entry.trim().split(":");
            // the message never repeats the key itself: it could end up in a log
            if (parts.length != 2) {
                throw new IllegalArgumentException("chargeops.pile.keys: entries must be <pilecode>:<hexkey>");
            }
            PileCode pile;
            byte[] key;
            try {
                pile = PileCode.of(parts[0].trim());
                key = HexFormat.of().parseHex(parts[1].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("chargeops.pile.keys: bad pile code or hex key in an entry");
            }
            if (key.length != 16 && key.length != 24) {
                throw new IllegalArgumentException("chargeops.pile.keys: key for pile " + pile + " must be 16 or 24 bytes");
            }
            out.put(pile, key);
        }
        return out;
    }

    /** Keys are secrets: only their count is shown. */
    @Override
    public String toString() {
        return "PileListenerSettings[bind=" + bindAddress + ":" + port + ", idleTimeout=" + idleTimeout
                + ", heartbeat=" + heartbeatPeriod + "x" + missedHeartbeats + ", maxConnections=" + maxConnections
                + ", ioThreads=" + ioThreads + ", maxQueuedEvents=" + maxQueuedEvents + ", requestTimeout="
                + requestTimeout + ", keys=" + parseKeys(keys).size() + " pile(s)]";
    }
}
