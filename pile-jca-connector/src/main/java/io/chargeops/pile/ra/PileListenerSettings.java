package io.chargeops.pile.ra;

import java.util.Map;
import java.util.Properties;

/**
 * Where and how the pile listener binds. The resource adapter runs before the application, so it cannot rely on the
 * application's MicroProfile Config sources; it reads the same keys ({@code chargeops.pile.*}) from system properties
 * and environment variables, which MicroProfile Config also reads, so operators set one value for both.
 */
public record PileListenerSettings(String bindAddress, int port, int idleTimeoutSeconds, int ioThreads) {

    public PileListenerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("chargeops.pile.port must be 0..65535, was " + port);
        }
        if (idleTimeoutSeconds <= 0) {
            throw new IllegalArgumentException("chargeops.pile.idle-timeout-seconds must be positive, was " + idleTimeoutSeconds);
        }
        if (ioThreads < 0) {
            throw new IllegalArgumentException("chargeops.pile.io-threads must be >= 0 (0 = Netty default), was " + ioThreads);
        }
    }

    /** The adapter's configured values, each overridden by {@code chargeops.pile.<key>} or its environment form. */
    static PileListenerSettings resolve(PileListenerSettings configured, Properties system, Map<String, String> env) {
        return new PileListenerSettings(
                lookup("bind-address", configured.bindAddress(), system, env),
                Integer.parseInt(lookup("port", Integer.toString(configured.port()), system, env)),
                Integer.parseInt(lookup("idle-timeout-seconds", Integer.toString(configured.idleTimeoutSeconds()), system, env)),
                Integer.parseInt(lookup("io-threads", Integer.toString(configured.ioThreads()), system, env)));
    }

    private static String lookup(String key, String fallback, Properties system, Map<String, String> env) {
        String property = "chargeops.pile." + key;
        String value = system.getProperty(property);
        if (value == null) {
            value = env.get(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
