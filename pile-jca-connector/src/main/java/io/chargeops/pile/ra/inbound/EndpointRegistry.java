package io.chargeops.pile.ra.inbound;

import io.chargeops.pile.api.PileEvent;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The MDBs activated against the adapter. Every event goes to every endpoint (normally exactly one: the platform
 * deploys ejb-core once per node). Reads vastly outnumber (de)activations, hence copy-on-write.
 */
public final class EndpointRegistry {

    private final CopyOnWriteArrayList<ActiveEndpoint> endpoints = new CopyOnWriteArrayList<>();
    /** Set while the last endpoint is leaving: its connections are being closed, so no new ones are taken on. */
    private volatile boolean draining;

    public void activate(MessageEndpointFactory factory, PileActivationSpec spec) throws ResourceException {
        endpoints.add(new ActiveEndpoint(factory, spec));
    }

    /** Whether the endpoint is the only one left, i.e. deactivating it leaves events with nowhere to go. */
    public boolean isLast(MessageEndpointFactory factory, PileActivationSpec spec) {
        return endpoints.size() == 1 && matches(endpoints.get(0), factory, spec);
    }

    public void beginDraining() {
        draining = true;
    }

    public void deactivate(MessageEndpointFactory factory, PileActivationSpec spec) {
        endpoints.stream().filter(e -> matches(e, factory, spec)).forEach(ActiveEndpoint::close);
        endpoints.removeIf(e -> matches(e, factory, spec));
        draining = false;
    }

    /** New connections are accepted only when their events can be delivered. */
    public boolean acceptsConnections() {
        return !draining && !endpoints.isEmpty();
    }

    public int size() {
        return endpoints.size();
    }

    List<ActiveEndpoint> snapshot() {
        return endpoints;
    }

    /** Deliveries that had to wait for the container to free an MDB instance, over all endpoints. */
    public long unavailableRetries() {
        return endpoints.stream().mapToLong(ActiveEndpoint::unavailableRetries).sum();
    }

    public void clear() {
        endpoints.forEach(ActiveEndpoint::close);
        endpoints.clear();
    }

    private static boolean matches(ActiveEndpoint e, MessageEndpointFactory factory, PileActivationSpec spec) {
        return e.factory.equals(factory) && e.spec.equals(spec);
    }

    static String pileOf(PileEvent event) {
        Object pile = null;
        if (event instanceof io.chargeops.pile.api.PileMessageReceived m) {
            pile = m.pileCode();
        } else if (event instanceof io.chargeops.pile.api.PileFrameRejected r) {
            pile = r.pileCode();
        } else if (event instanceof io.chargeops.pile.api.PileDisconnected d) {
            pile = d.pileCode();
        }
        return pile == null ? "(not logged in)" : pile.toString();
    }
}
