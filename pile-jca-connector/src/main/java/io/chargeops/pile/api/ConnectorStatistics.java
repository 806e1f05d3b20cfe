package io.chargeops.pile.api;

import io.chargeops.pile.protocol.ykc.FrameErrorKind;
import java.time.Instant;
import java.util.Map;

/**
 * A point-in-time copy of the pile connector's counters on this node, for {@code /metrics} and the console. Counters
 * ({@code long}) only grow while the adapter runs; gauges ({@code int}) are current values. Maps are keyed by the
 * YKC frame type code (e.g. {@code 0x03}) or the decode error kind and hold only non-zero entries.
 *
 * @param endpointsActive              message endpoints (MDBs) currently activated; 0 means pile events cannot be
 *                                     delivered and new connections are refused
 * @param connectionsOpen              TCP connections open now (logged in or not)
 * @param pilesOnline                  piles with a live, logged-in session now
 * @param connectionsAccepted          connections accepted since start
 * @param connectionsRefused           connections closed at once because {@code max-connections} were open
 * @param connectionsRefusedNoEndpoint connections closed at once because no endpoint was active to receive events
 * @param logins                       successful login replies (0x02, result 0x00) sent
 * @param loginsRefused                refused login replies sent
 * @param sessionsReplaced             older connections closed because the same pile logged in again
 * @param heartbeatTimeouts            logged-in connections closed for missing heartbeats
 * @param idleTimeouts                 connections closed for silence before login
 * @param heartbeatAcks                0x04 answered inside the adapter
 * @param framesIn                     decoded frames received, by type code
 * @param framesOut                    frames written, by type code
 * @param decodeErrors                 rejected input, by kind
 * @param unknownFrames                well-formed frames of an unknown type
 * @param bytesIn                      bytes read from piles
 * @param bytesOut                     bytes written to piles
 * @param eventsDelivered              events handed to an endpoint that returned normally
 * @param deliveryFailures             deliveries where the endpoint threw or could not be created
 * @param eventsUndeliverable          events dropped because no endpoint was active when their turn came
 * @param eventsQueued                 events waiting for delivery now, all connections
 * @param queueHighWater               the longest any connection's queue has been
 * @param readPauses                   times reading from a connection was paused because its queue was full
 * @param requests                     commands sent with {@link PileGateway#request}
 * @param requestTimeouts              of those, not answered in time
 * @param answersMatched               pile frames handed to a waiting {@code request} instead of an endpoint
 * @param staleLoginsShed              logins not delivered because their connection had closed meanwhile
 */
public record ConnectorStatistics(
        Instant takenAt,
        int endpointsActive,
        int connectionsOpen,
        int pilesOnline,
        long connectionsAccepted,
        long connectionsRefused,
        long connectionsRefusedNoEndpoint,
        long logins,
        long loginsRefused,
        long sessionsReplaced,
        long heartbeatTimeouts,
        long idleTimeouts,
        long heartbeatAcks,
        Map<Integer, Long> framesIn,
        Map<Integer, Long> framesOut,
        Map<FrameErrorKind, Long> decodeErrors,
        long unknownFrames,
        long bytesIn,
        long bytesOut,
        long eventsDelivered,
        long deliveryFailures,
        long eventsUndeliverable,
        int eventsQueued,
        int queueHighWater,
        long readPauses,
        long requests,
        long requestTimeouts,
        long answersMatched,
        long staleLoginsShed) {

    public ConnectorStatistics {
        framesIn = Map.copyOf(framesIn);
        framesOut = Map.copyOf(framesOut);
        decodeErrors = Map.copyOf(decodeErrors);
    }

    public long framesIn(int type) {
        return framesIn.getOrDefault(type, 0L);
    }

    public long framesOut(int type) {
        return framesOut.getOrDefault(type, 0L);
    }

    public long decodeErrorTotal() {
        return decodeErrors.values().stream().mapToLong(Long::longValue).sum();
    }
}
