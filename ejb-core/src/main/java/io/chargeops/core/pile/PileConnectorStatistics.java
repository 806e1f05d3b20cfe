package io.chargeops.core.pile;

import io.chargeops.pile.api.ConnectorStatistics;
import io.chargeops.pile.api.PileGatewayFactory;
import io.chargeops.pile.protocol.ykc.FrameErrorKind;
import io.chargeops.pile.protocol.ykc.message.Direction;
import io.chargeops.pile.protocol.ykc.message.MessageType;
import io.chargeops.pile.protocol.ykc.message.StandardMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Publishes the pile connector's counters ({@link ConnectorStatistics}) on {@code /metrics} as gauges read at scrape
 * time; one snapshot serves every gauge of a scrape (it is cached for a second). Prometheus names:
 * {@code chargeops_pile_frames_in_total{type="0x03"}}, {@code chargeops_pile_frames_out_total{type}},
 * {@code chargeops_pile_decode_errors_total{kind}}, {@code chargeops_pile_unknown_frames_total},
 * {@code chargeops_pile_connections_open}, {@code chargeops_pile_online}, {@code chargeops_pile_endpoints_active},
 * {@code chargeops_pile_connector_logins_total{result}}, {@code chargeops_pile_heartbeat_timeouts_total},
 * {@code chargeops_pile_sessions_replaced_total}, {@code chargeops_pile_bytes_in_total},
 * {@code chargeops_pile_bytes_out_total}, {@code chargeops_pile_events_queued},
 * {@code chargeops_pile_delivery_failures_total}, {@code chargeops_pile_request_timeouts_total}.
 * (Counts the connector keeps are gauges here because the application only reads them.)
 */
@ApplicationScoped
public class PileConnectorStatistics {

    private static final Logger LOG = Logger.getLogger(PileConnectorStatistics.class.getName());
    private static final Duration CACHE = Duration.ofSeconds(1);

    /** Looked up, not injected: a missing definition must turn readiness DOWN with a reason, not fail this bean. */
    private volatile PileGatewayFactory gateways;

    @Inject
    MetricRegistry registry;

    private volatile ConnectorStatistics cached;

    /** The connector's counters now; throws when the adapter or its factory is not there. */
    public ConnectorStatistics snapshot() {
        ConnectorStatistics last = cached;
        if (last != null && last.takenAt().plus(CACHE).isAfter(Instant.now())) {
            return last;
        }
        PileGatewayFactory factory = gateways;
        if (factory == null) {
            factory = lookup();
            gateways = factory;
        }
        ConnectorStatistics now = factory.statistics();
        cached = now;
        return now;
    }

    private static PileGatewayFactory lookup() {
        try {
            return (PileGatewayFactory) new InitialContext().lookup(PileGateways.JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("No pile gateway factory at " + PileGateways.JNDI_NAME + ": " + e, e);
        }
    }

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge("chargeops.pile.connections.open", "Pile TCP connections open now", s -> s.connectionsOpen());
        gauge("chargeops.pile.online", "Piles with a logged-in session on this node", s -> s.pilesOnline());
        gauge("chargeops.pile.endpoints.active", "Pile message endpoints (MDBs) activated", s -> s.endpointsActive());
        gauge("chargeops.pile.connector.logins.total", "Login answers sent", s -> s.logins(), new Tag("result", "accepted"));
        gauge("chargeops.pile.connector.logins.total", "Login answers sent", s -> s.loginsRefused(), new Tag("result", "refused"));
        gauge("chargeops.pile.heartbeat.timeouts.total", "Piles dropped for missed heartbeats", s -> s.heartbeatTimeouts());
        gauge("chargeops.pile.sessions.replaced.total", "Sessions closed by a newer login", s -> s.sessionsReplaced());
        gauge("chargeops.pile.unknown.frames.total", "Well-formed frames of unknown type", s -> s.unknownFrames());
        gauge("chargeops.pile.bytes.in.total", "Bytes read from piles", s -> s.bytesIn());
        gauge("chargeops.pile.bytes.out.total", "Bytes written to piles", s -> s.bytesOut());
        gauge("chargeops.pile.events.queued", "Pile events waiting for delivery", s -> s.eventsQueued());
        gauge("chargeops.pile.delivery.failures.total", "Deliveries to the MDB that failed", s -> s.deliveryFailures());
        gauge("chargeops.pile.request.timeouts.total", "Commands not answered in time", s -> s.requestTimeouts());
        gauge("chargeops.pile.logins.shed.total", "Logins not delivered: their connection had closed meanwhile",
                s -> s.staleLoginsShed());
        for (MessageType<?> type : StandardMessages.all()) {
            int code = type.code();
            Tag tag = new Tag("type", String.format("0x%02X", code));
            if (type.direction() == Direction.PILE_TO_PLATFORM) {
                gauge("chargeops.pile.frames.in.total", "Frames received from piles", s -> s.framesIn(code), tag);
            } else {
                gauge("chargeops.pile.frames.out.total", "Frames sent to piles", s -> s.framesOut(code), tag);
            }
        }
        for (FrameErrorKind kind : FrameErrorKind.values()) {
            gauge("chargeops.pile.decode.errors.total", "Rejected pile input", s -> s.decodeErrors().getOrDefault(kind, 0L),
                    new Tag("kind", kind.name()));
        }
        LOG.fine("Pile connector gauges registered");
    }

    private void gauge(String name, String description, ToDoubleFunction<ConnectorStatistics> read, Tag... tags) {
        Metadata metadata = Metadata.builder().withName(name).withDescription(description).build();
        registry.gauge(metadata, this, self -> {
            try {
                return read.applyAsDouble(self.snapshot());
            } catch (RuntimeException adapterNotThere) {
                return Double.NaN;
            }
        }, tags);
    }
}
