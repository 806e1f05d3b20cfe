package io.chargeops.jms;

import java.util.Locale;

/** Where the broker lives. */
public enum JmsMode {
    /** The resource adapter starts an Artemis broker in the application server's JVM (in-VM connector). */
    EMBEDDED,
    /** The resource adapter connects to an external Artemis broker (or cluster) over TCP. */
    REMOTE;

    static JmsMode parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "chargeops.jms.mode must be 'embedded' or 'remote', was '" + value + "'", e);
        }
    }
}
