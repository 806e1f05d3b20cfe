package io.chargeops.pile.api;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.time.Instant;

/**
 * A pile connection ended; the pile is offline unless {@code reason} is {@link Reason#REPLACED_BY_NEW_LOGIN}.
 * {@code pileCode} is null for a connection that never logged in.
 */
public record PileDisconnected(String connectionId, PileCode pileCode, Reason reason, Instant at)
        implements PileEvent {

    public enum Reason {
        /** The pile (or the network) closed the connection. */
        CLOSED_BY_PILE,
        /** No heartbeat for the configured number of heartbeat periods (3 × 10 s by default). */
        HEARTBEAT_TIMEOUT,
        /** Nothing at all received within the idle timeout (e.g. a connection that never logs in). */
        IDLE_TIMEOUT,
        /** The same pile logged in on another connection; this older one was closed. */
        REPLACED_BY_NEW_LOGIN,
        /** The platform refused the login (unknown or not yet onboarded pile) and closed the connection. */
        LOGIN_REFUSED,
        /** The connector is stopping (node shutdown or undeploy). */
        CONNECTOR_STOPPING
    }
}
