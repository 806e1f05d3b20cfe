package io.chargeops.pile.ra;

import io.chargeops.pile.api.ConnectionStatistics;
import io.chargeops.pile.api.ConnectorStatistics;
import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileDisconnected.Reason;
import io.chargeops.pile.ra.inbound.EndpointRegistry;
import io.chargeops.pile.ra.inbound.EventDispatcher;
import io.chargeops.pile.ra.inbound.PileActivationSpec;
import io.chargeops.pile.ra.session.PileServer;
import io.chargeops.pile.ra.session.SessionCounters;
import io.chargeops.pile.ra.session.SessionGateway;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * The pile connector: starts the pile TCP server with the adapter and stops it with the adapter, activates
 * {@link io.chargeops.pile.api.PileMessageListener} endpoints, and serves the outbound gateway. Config properties are
 * declared in {@code META-INF/ra.xml}; each is overridable by {@code chargeops.pile.*} / {@code CHARGEOPS_PILE_*}
 * (see {@link PileListenerSettings}).
 *
 * <p>No-endpoint policy: pile events only have somewhere to go once an MDB is activated, so until then new
 * connections are closed as soon as they are accepted (counted, logged; piles reconnect within seconds). When the
 * last endpoint is deactivated, every connection is closed with {@code CONNECTOR_STOPPING} and the endpoint still
 * receives those disconnects before it goes, so the application never believes a pile is online that it cannot hear.
 */
public class PileResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(PileResourceAdapter.class.getName());
    private static final Duration DEACTIVATION_DRAIN = Duration.ofSeconds(5);

    private String bindAddress = PileListenerSettings.DEFAULTS.bindAddress();
    private Integer port = PileListenerSettings.DEFAULTS.port();
    private Integer idleTimeoutSeconds = (int) PileListenerSettings.DEFAULTS.idleTimeout().toSeconds();
    private Integer heartbeatPeriodSeconds = (int) PileListenerSettings.DEFAULTS.heartbeatPeriod().toSeconds();
    private Integer missedHeartbeats = PileListenerSettings.DEFAULTS.missedHeartbeats();
    private Integer maxConnections = PileListenerSettings.DEFAULTS.maxConnections();
    private Integer ioThreads = PileListenerSettings.DEFAULTS.ioThreads();
    private Integer maxQueuedEvents = PileListenerSettings.DEFAULTS.maxQueuedEvents();
    private Integer requestTimeoutSeconds = (int) PileListenerSettings.DEFAULTS.requestTimeout().toSeconds();
    private String keys = "";

    /** Set by tests to bypass ra.xml/system-property resolution (e.g. millisecond heartbeat periods). */
    private final PileListenerSettings fixedSettings;
    private final EndpointRegistry endpoints = new EndpointRegistry();
    private volatile PileServer server;

    public PileResourceAdapter() {
        this(null);
    }

    PileResourceAdapter(PileListenerSettings fixedSettings) {
        this.fixedSettings = fixedSettings;
    }

    PileListenerSettings configured() {
        return new PileListenerSettings(bindAddress, port, Duration.ofSeconds(idleTimeoutSeconds),
                Duration.ofSeconds(heartbeatPeriodSeconds), missedHeartbeats, maxConnections, ioThreads,
                maxQueuedEvents, Duration.ofSeconds(requestTimeoutSeconds), keys);
    }

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        PileListenerSettings settings;
        try {
            settings = fixedSettings != null ? fixedSettings
                    : PileListenerSettings.resolve(configured(), System.getProperties(), System.getenv());
        } catch (IllegalArgumentException e) {
            throw new ResourceAdapterInternalException("Invalid pile connector setting: " + e.getMessage(), e);
        }
        PileServer starting = new PileServer(settings, context.getWorkManager(), endpoints);
        try {
            starting.start();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResourceAdapterInternalException("Interrupted while binding the pile listener", e);
        } catch (Exception e) { // includes java.net.BindException, which Netty throws undeclared
            throw new ResourceAdapterInternalException(
                    "Cannot bind the pile listener to " + settings.bindAddress() + ":" + settings.port() + ": " + e, e);
        }
        server = starting;
    }

    @Override
    public void stop() {
        PileServer stopping = server;
        if (stopping != null) {
            stopping.stop();
            server = null;
        }
        endpoints.clear();
    }

    @Override
    public void endpointActivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof PileActivationSpec pileSpec)) {
            throw new NotSupportedException("expected a PileActivationSpec, got " + spec);
        }
        endpoints.activate(endpointFactory, pileSpec);
        LOG.info(() -> "Pile endpoint " + pileSpec.getEndpointName() + " activated; " + endpoints.size()
                + " endpoint(s) now receive pile events");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) {
        if (!(spec instanceof PileActivationSpec pileSpec)) {
            return;
        }
        PileServer running = server;
        if (running != null && endpoints.isLast(endpointFactory, pileSpec)) {
            // Events of open connections would have nowhere to go: close them and let the leaving endpoint see the
            // disconnects, so the application's view of who is online ends consistent. Piles reconnect later.
            endpoints.beginDraining();
            LOG.info(() -> "Last pile endpoint " + pileSpec.getEndpointName() + " leaving; closing "
                    + running.registry().connectionCount() + " pile connection(s)");
            running.closeAll(Reason.CONNECTOR_STOPPING, DEACTIVATION_DRAIN);
        }
        endpoints.deactivate(endpointFactory, pileSpec);
        LOG.info(() -> "Pile endpoint " + pileSpec.getEndpointName() + " deactivated");
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0]; // deliveries are not part of an XA transaction the adapter owns
    }

    /** The running gateway operations, for the outbound connection handles. */
    public SessionGateway gateway() throws PileCommandException {
        return running().gateway();
    }

    /** Where the listener is bound (the real port when configured with 0). */
    public InetSocketAddress boundAddress() {
        PileServer running = server;
        if (running == null) {
            throw new IllegalStateException("the pile connector is not running");
        }
        return running.boundAddress();
    }

    public boolean isRunning() {
        return server != null;
    }

    public ConnectorStatistics statistics() {
        PileServer running = server;
        if (running == null) {
            throw new IllegalStateException("the pile connector is not running");
        }
        SessionCounters s = running.counters();
        EventDispatcher d = running.dispatcher();
        return new ConnectorStatistics(Instant.now(), endpoints.size(), running.registry().connectionCount(),
                running.registry().onlineCount(), s.accepted(), s.refused(), s.refusedNoEndpoint(), s.logins(),
                s.loginsRefused(), s.replaced(), s.heartbeatTimeouts(), s.idleTimeouts(), s.heartbeatAcks(),
                s.framesIn(), s.framesOut(), s.decodeErrors(), s.unknownFrames(), s.bytesIn(), s.bytesOut(),
                d.deliveredCount(), d.failureCount(), d.undeliverableCount(), d.pending(), d.highWater(),
                d.pauseCount(), s.requests(), s.requestTimeouts(), s.answersMatched(), d.staleLoginsShed());
    }

    public List<ConnectionStatistics> connectionStatistics() {
        PileServer running = server;
        return running == null ? List.of() : running.registry().statistics();
    }

    private PileServer running() throws PileCommandException {
        PileServer running = server;
        if (running == null) {
            throw new PileCommandException("The pile connector is not running");
        }
        return running;
    }

    public String getBindAddress() { return bindAddress; }
    public void setBindAddress(String bindAddress) { this.bindAddress = bindAddress; }
    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public Integer getIdleTimeoutSeconds() { return idleTimeoutSeconds; }
    public void setIdleTimeoutSeconds(Integer idleTimeoutSeconds) { this.idleTimeoutSeconds = idleTimeoutSeconds; }
    public Integer getHeartbeatPeriodSeconds() { return heartbeatPeriodSeconds; }
    public void setHeartbeatPeriodSeconds(Integer seconds) { this.heartbeatPeriodSeconds = seconds; }
    public Integer getMissedHeartbeats() { return missedHeartbeats; }
    public void setMissedHeartbeats(Integer missedHeartbeats) { this.missedHeartbeats = missedHeartbeats; }
    public Integer getMaxConnections() { return maxConnections; }
    public void setMaxConnections(Integer maxConnections) { this.maxConnections = maxConnections; }
    public Integer getIoThreads() { return ioThreads; }
    public void setIoThreads(Integer ioThreads) { this.ioThreads = ioThreads; }
    public Integer getMaxQueuedEvents() { return maxQueuedEvents; }
    public void setMaxQueuedEvents(Integer maxQueuedEvents) { this.maxQueuedEvents = maxQueuedEvents; }
    public Integer getRequestTimeoutSeconds() { return requestTimeoutSeconds; }
    public void setRequestTimeoutSeconds(Integer seconds) { this.requestTimeoutSeconds = seconds; }
    public String getKeys() { return keys; }
    public void setKeys(String keys) { this.keys = keys; }

    // JCA 5.3.1: the container compares adapters by configuration. Keys are left out on purpose (secrets; and
    // two adapters differing only in keys would fight over one port anyway).
    @Override
    public boolean equals(Object other) {
        return other instanceof PileResourceAdapter that
                && Objects.equals(bindAddress, that.bindAddress) && Objects.equals(port, that.port)
                && Objects.equals(idleTimeoutSeconds, that.idleTimeoutSeconds)
                && Objects.equals(heartbeatPeriodSeconds, that.heartbeatPeriodSeconds)
                && Objects.equals(missedHeartbeats, that.missedHeartbeats)
                && Objects.equals(maxConnections, that.maxConnections) && Objects.equals(ioThreads, that.ioThreads)
                && Objects.equals(maxQueuedEvents, that.maxQueuedEvents)
                && Objects.equals(requestTimeoutSeconds, that.requestTimeoutSeconds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bindAddress, port, idleTimeoutSeconds, heartbeatPeriodSeconds, missedHeartbeats,
                maxConnections, ioThreads, maxQueuedEvents, requestTimeoutSeconds);
    }
}
