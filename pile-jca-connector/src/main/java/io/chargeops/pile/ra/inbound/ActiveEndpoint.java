package io.chargeops.pile.ra.inbound;

import io.chargeops.pile.api.PileEvent;
import io.chargeops.pile.api.PileMessageListener;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;

/**
 * One activated MDB. Each delivery takes an endpoint instance from the container, brackets the call with
 * before/afterDelivery when the container wants the method transacted (so the MDB's work commits or rolls back as a
 * unit with the container's transaction), and gives the instance back.
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

    /** createEndpoint may say "not now" while the application is still starting; a short retry rides that out. */
    private static final int CREATE_ATTEMPTS = 3;

    final MessageEndpointFactory factory;
    final PileActivationSpec spec;
    private final boolean transacted;

    ActiveEndpoint(MessageEndpointFactory factory, PileActivationSpec spec) throws ResourceException {
        this.factory = factory;
        this.spec = spec;
        try {
            this.transacted = factory.isDeliveryTransacted(ON_PILE_EVENT);
        } catch (NoSuchMethodException e) {
            throw new ResourceException("endpoint " + spec.getEndpointName() + " does not implement onPileEvent", e);
        }
    }

    String name() {
        return spec.getEndpointName();
    }

    /** Runs on a container (WorkManager) thread, never on a Netty IO thread. */
    void deliver(PileEvent event) throws Exception {
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
                if (attempt >= CREATE_ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(50L * attempt);
            }
        }
    }
}
