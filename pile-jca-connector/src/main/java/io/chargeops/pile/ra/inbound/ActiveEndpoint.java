package io.chargeops.pile.ra.inbound;

import io.chargeops.pile.api.PileEvent;
import io.chargeops.pile.api.PileMessageListener;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * One activated MDB. Each delivery takes an endpoint instance from the container, brackets the call with
 * before/afterDelivery when the container wants the method transacted (so the MDB's work commits or rolls back as a
 * unit with the container's transaction), and gives the instance back.
 *
 * <p>At most {@code maxConcurrentDeliveries} deliveries run at once, so the adapter never asks for more MDB instances
 * than the bean pool holds; should the container still say "unavailable" (pool busy, application starting), the
 * delivery waits and tries again for as long as the endpoint is active. An event is never dropped for a busy pool:
 * a lost login or disconnect would leave a pile's state wrong. (The 10,000-pile load run lost 22,682 events to a
 * three-attempt retry before this.)
 */
final class ActiveEndpoint {

    static final Method ON_PILE_EVENT;

    static {
        try {
            ON_PILE_EVENT = PileMessageListener.class.getMethod("onPileEvent", PileEvent.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final Logger LOG = Logger.getLogger(ActiveEndpoint.class.getName());
    private static final long MAX_BACKOFF_MILLIS = 200;

    final MessageEndpointFactory factory;
    final PileActivationSpec spec;
    private final boolean transacted;
    private final Semaphore deliveries;
    private final LongAdder unavailableRetries = new LongAdder();
    private volatile boolean active = true;

    ActiveEndpoint(MessageEndpointFactory factory, PileActivationSpec spec) throws ResourceException {
        this.factory = factory;
        this.spec = spec;
        this.deliveries = new Semaphore(spec.getMaxConcurrentDeliveries(), true);
        try {
            this.transacted = factory.isDeliveryTransacted(ON_PILE_EVENT);
        } catch (NoSuchMethodException e) {
            throw new ResourceException("endpoint " + spec.getEndpointName() + " does not implement onPileEvent", e);
        }
    }

    String name() {
        return spec.getEndpointName();
    }

    /** Ends waiting deliveries: the endpoint is being deactivated. */
    void close() {
        active = false;
    }

    /** How often the container said "no instance available" and a delivery waited for one. */
    long unavailableRetries() {
        return unavailableRetries.sum();
    }

    /** Runs on a container (WorkManager) thread, never on a Netty IO thread. */
    void deliver(PileEvent event) throws Exception {
        deliveries.acquire();
        try {
            deliverWithPermit(event);
        } finally {
            deliveries.release();
        }
    }

    private void deliverWithPermit(PileEvent event) throws Exception {
        MessageEndpoint endpoint = create();
        try {
            if (transacted) {
                endpoint.beforeDelivery(ON_PILE_EVENT);
            }
            Throwable failure = null;
            try {
                ((PileMessageListener) endpoint).onPileEvent(event);
            } catch (Throwable t) {
                failure = t;
            }
            if (transacted) {
                try {
                    endpoint.afterDelivery(); // completes (or, after a failure, rolls back) the container transaction
                } catch (ResourceException | RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure instanceof Exception e) {
                throw e;
            } else if (failure instanceof Error e) {
                throw e;
            }
        } finally {
            endpoint.release();
        }
    }

    private MessageEndpoint create() throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return factory.createEndpoint(null);
            } catch (UnavailableException e) {
                if (!active) {
                    throw e;
                }
                unavailableRetries.increment();
                if (attempt == 1 || attempt % 50 == 0) {
                    LOG.fine(() -> "Endpoint " + name() + " has no instance free (" + e.getMessage() + "); waiting");
                }
                Thread.sleep(Math.min(MAX_BACKOFF_MILLIS, 5L * attempt));
            }
        }
    }
}
