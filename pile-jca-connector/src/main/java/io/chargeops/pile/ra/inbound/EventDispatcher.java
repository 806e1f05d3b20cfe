package io.chargeops.pile.ra.inbound;

import io.chargeops.pile.api.PileEvent;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands queued pile events to the activated endpoints on container threads. The Netty IO thread only appends to a
 * connection's {@link EventQueue} and, if the queue was idle, schedules one {@link DeliveryWork} with the container's
 * {@link WorkManager}; the work delivers the events one by one. A delivery failure is logged with the pile code and
 * counted, and the queue moves on to the next event.
 */
public final class EventDispatcher {

    private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());
    private static final long RESCHEDULE_MILLIS = 100;

    private final WorkManager workManager;
    private final EndpointRegistry endpoints;
    /** Where a rejected work submission is retried (an IO event loop: scheduling there does not block). */
    private final ScheduledExecutorService retry;

    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger highWater = new AtomicInteger();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder undeliverable = new LongAdder();
    private final LongAdder pauses = new LongAdder();
    private final LongAdder staleLoginsShed = new LongAdder();
    private final AtomicLong lastNoEndpointLog = new AtomicLong();

    public EventDispatcher(WorkManager workManager, EndpointRegistry endpoints, ScheduledExecutorService retry) {
        this.workManager = workManager;
        this.endpoints = endpoints;
        this.retry = retry;
    }

    public EventQueue newQueue(EventQueue.Flow flow, int pauseAt, int resumeAt) {
        return new EventQueue(this, flow, pauseAt, resumeAt);
    }

    void queued(EventQueue queue, boolean paused) {
        pending.incrementAndGet();
        highWater.accumulateAndGet(queue.highWater(), Math::max);
        if (paused) {
            pauses.increment();
        }
    }

    void delivered() {
        pending.decrementAndGet();
    }

    /** A login of a connection that closed before it was handed over was dropped (see {@link EventQueue}). */
    void staleLoginShed() {
        staleLoginsShed.increment();
        LOG.fine("Login of an already closed pile connection not delivered");
    }

    /** Logins dropped because their connection had closed before delivery. */
    public long staleLoginsShed() {
        return staleLoginsShed.sum();
    }

    void schedule(EventQueue queue) {
        try {
            workManager.scheduleWork(new DeliveryWork(queue));
        } catch (WorkException e) {
            // the container's pool is saturated or shutting down; the events stay queued (and back-pressure holds
            // the socket) until a retry is accepted
            LOG.log(Level.WARNING, "WorkManager rejected pile event delivery, retrying in " + RESCHEDULE_MILLIS + " ms: " + e);
            try {
                retry.schedule(() -> schedule(queue), RESCHEDULE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RuntimeException stopped) {
                LOG.warning("Cannot retry pile event delivery, the adapter is stopping: " + stopped);
            }
        }
    }

    void deliver(PileEvent event) {
        var targets = endpoints.snapshot();
        if (targets.isEmpty()) {
            undeliverable.increment();
            long now = System.nanoTime();
            long last = lastNoEndpointLog.get();
            if (now - last > TimeUnit.SECONDS.toNanos(10) && lastNoEndpointLog.compareAndSet(last, now)) {
                LOG.warning("No PileMessageListener endpoint is active; dropping " + event.getClass().getSimpleName()
                        + " of pile " + EndpointRegistry.pileOf(event) + " (further drops counted, logged every 10 s)");
            }
            return;
        }
        for (ActiveEndpoint endpoint : targets) {
            try {
                endpoint.deliver(event);
                delivered.increment();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.increment();
                LOG.warning("Interrupted delivering to " + endpoint.name() + " for pile " + EndpointRegistry.pileOf(event));
            } catch (Throwable t) {
                failures.increment();
                LOG.log(Level.WARNING, "Endpoint " + endpoint.name() + " failed on " + event.getClass().getSimpleName()
                        + " of pile " + EndpointRegistry.pileOf(event) + " (connection " + event.connectionId()
                        + "); continuing with the connection's next event", t);
            }
        }
    }

    /** Waits until every queued event has been delivered (or dropped), e.g. before the adapter stops. */
    public boolean awaitIdle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public int pending() {
        return pending.get();
    }

    public int highWater() {
        return highWater.get();
    }

    public long deliveredCount() {
        return delivered.sum();
    }

    public long failureCount() {
        return failures.sum();
    }

    public long undeliverableCount() {
        return undeliverable.sum();
    }

    public long pauseCount() {
        return pauses.sum();
    }
}
