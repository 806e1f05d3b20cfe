package io.chargeops.jms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JMS settings of one ChargeOps node, resolved once when the resource adapter starts.
 *
 * <p>Precedence, first hit wins (an empty value counts as unset):
 * <ol>
 *   <li>MicroProfile Config {@code chargeops.jms.*} when it is reachable from the adapter's class loader
 *       (it itself covers system properties, environment and {@code microprofile-config.properties});</li>
 *   <li>Java system property, e.g. {@code -Dchargeops.jms.mode=remote};</li>
 *   <li>environment variable, MicroProfile style: {@code chargeops.jms.data-dir → CHARGEOPS_JMS_DATA_DIR};</li>
 *   <li>the resource adapter's config-property (ra.xml default, or what an administrator set on the RA);</li>
 *   <li>the built-in default, which makes the embedded single-node run work.</li>
 * </ol>
 *
 * @param mode               embedded broker in this JVM, or remote broker
 * @param url                remote broker URL, Artemis core syntax ({@code tcp://host:61616},
 *                           {@code (tcp://a:61616,tcp://b:61616)?ha=true}); ignored when embedded
 * @param user               remote broker user, may be {@code null}
 * @param password           remote broker password, may be {@code null}; never logged
 * @param dataDir            embedded broker's journal, bindings, paging and large-message directory
 * @param embeddedAcceptor   optional extra TCP acceptor of the embedded broker ({@code tcp://0.0.0.0:61616}),
 *                           {@code null} = in-VM only
 * @param redeliveryDelayMs  delay before the first redelivery of a rolled-back message
 * @param maxDeliveryAttempts deliveries before a message goes to {@link ChargeOpsDestinations#DEAD_LETTER}
 */
public record JmsSettings(
        JmsMode mode,
        String url,
        String user,
        String password,
        Path dataDir,
        String embeddedAcceptor,
        long redeliveryDelayMs,
        int maxDeliveryAttempts) {

    public static final String MODE = "chargeops.jms.mode";
    public static final String URL = "chargeops.jms.url";
    public static final String USER = "chargeops.jms.user";
    public static final String PASSWORD = "chargeops.jms.password";
    public static final String DATA_DIR = "chargeops.jms.data-dir";
    public static final String EMBEDDED_ACCEPTOR = "chargeops.jms.embedded-acceptor";
    public static final String REDELIVERY_DELAY = "chargeops.jms.redelivery-delay-ms";
    public static final String MAX_DELIVERY_ATTEMPTS = "chargeops.jms.max-delivery-attempts";

    public static final String DEFAULT_MODE = "embedded";
    public static final String DEFAULT_URL = "tcp://localhost:61616";
    public static final String DEFAULT_DATA_DIR = "./data/artemis";
    public static final long DEFAULT_REDELIVERY_DELAY_MS = 5_000;
    public static final int DEFAULT_MAX_DELIVERY_ATTEMPTS = 10;

    /** Redelivery delay grows by this factor per attempt ... */
    public static final double REDELIVERY_MULTIPLIER = 2.0;
    /** ... up to this ceiling. */
    public static final long MAX_REDELIVERY_DELAY_MS = 300_000;

    public JmsSettings {
        if (mode == null) {
            throw new IllegalArgumentException("mode is required");
        }
        if (mode == JmsMode.REMOTE && (url == null || url.isBlank())) {
            throw new IllegalArgumentException(URL + " is required when " + MODE + "=remote");
        }
        if (maxDeliveryAttempts < 1) {
            throw new IllegalArgumentException(MAX_DELIVERY_ATTEMPTS + " must be >= 1");
        }
    }

    /** A named source of raw string values; returns empty when it has no (non-blank) value. */
    @FunctionalInterface
    public interface Source extends Function<String, Optional<String>> {
    }

    /**
     * Resolves the settings.
     *
     * @param sources           looked up in order, first non-blank value wins
     * @param adapterProperties the resource adapter's own config-property values by key (may hold blanks)
     */
    public static JmsSettings resolve(List<Source> sources, Map<String, String> adapterProperties) {
        Function<String, String> get = key -> {
            for (Source s : sources) {
                Optional<String> v = s.apply(key).filter(x -> !x.isBlank());
                if (v.isPresent()) {
                    return v.get().trim();
                }
            }
            String v = adapterProperties.get(key);
            return v == null || v.isBlank() ? null : v.trim();
        };
        JmsMode mode = JmsMode.parse(orDefault(get.apply(MODE), DEFAULT_MODE));
        return new JmsSettings(
                mode,
                orDefault(get.apply(URL), DEFAULT_URL),
                get.apply(USER),
                get.apply(PASSWORD),
                Path.of(orDefault(get.apply(DATA_DIR), DEFAULT_DATA_DIR)).toAbsolutePath().normalize(),
                get.apply(EMBEDDED_ACCEPTOR),
                parseLong(REDELIVERY_DELAY, orDefault(get.apply(REDELIVERY_DELAY), "" + DEFAULT_REDELIVERY_DELAY_MS)),
                (int) parseLong(MAX_DELIVERY_ATTEMPTS,
                        orDefault(get.apply(MAX_DELIVERY_ATTEMPTS), "" + DEFAULT_MAX_DELIVERY_ATTEMPTS)));
    }

    /**
     * The sources used inside the application server: MicroProfile Config (if reachable through
     * {@code loader}), then system properties, then environment variables.
     */
    public static List<Source> standardSources(ClassLoader loader) {
        List<Source> sources = new ArrayList<>(3);
        MicroProfileConfigSource.tryCreate(loader).ifPresent(sources::add);
        sources.add(systemProperties());
        sources.add(environment(System.getenv()));
        return sources;
    }

    public static Source systemProperties() {
        return named("systemProperties", key -> Optional.ofNullable(System.getProperty(key)));
    }

    /** Gives a source a readable {@code toString} for the start-up log. */
    public static Source named(String name, Source source) {
        return new Source() {
            @Override
            public Optional<String> apply(String key) {
                return source.apply(key);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** Environment lookup with MicroProfile Config's mapping: exact, then non-alphanumerics → '_', then upper case. */
    public static Source environment(Map<String, String> env) {
        return named("environment", key -> {
            String sanitized = key.replaceAll("[^A-Za-z0-9]", "_");
            for (String candidate : List.of(key, sanitized, sanitized.toUpperCase(Locale.ROOT))) {
                String v = env.get(candidate);
                if (v != null) {
                    return Optional.of(v);
                }
            }
            return Optional.empty();
        });
    }

    /** Log-safe description (no password). */
    public String describe() {
        return mode == JmsMode.EMBEDDED
                ? "mode=embedded, dataDir=" + dataDir
                        + (embeddedAcceptor == null ? "" : ", tcpAcceptor=" + embeddedAcceptor)
                        + ", redeliveryDelayMs=" + redeliveryDelayMs + ", maxDeliveryAttempts=" + maxDeliveryAttempts
                : "mode=remote, url=" + url + ", user=" + (user == null ? "(none)" : user)
                        + ", password=" + (password == null ? "(none)" : "****");
    }

    @Override
    public String toString() {
        return "JmsSettings[" + describe() + "]";
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }

    private static long parseLong(String key, String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, was '" + v + "'", e);
        }
    }
}
