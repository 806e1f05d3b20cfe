package io.chargeops.pile.ra.inbound;

import io.chargeops.pile.api.PileDisconnected;
import io.chargeops.pile.api.PileEvent;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import java.util.ArrayDeque;

/**
 * The events of one pile connection waiting for delivery, in arrival order. At most one delivery work per queue is
 * scheduled or running at any time ({@code scheduled}), which is what keeps a pile's events sequential and in order
 * while different connections' queues are drained by different container threads in parallel.
 *
 * <p>Bounded by back-pressure rather than by dropping: when the queue reaches {@code pauseAt} the {@link Flow} is
 * told to stop reading from the socket (Netty {@code autoRead=false}); it is resumed once the queue drains to
 * {@code resumeAt}. The queue can overshoot {@code pauseAt} only by the frames decoded from the read that was already
 * in progress (the adapter caps a read at 4 KiB), so its length stays bounded whatever the pile sends.
 *
 * <p>One event is not delivered: a login (0x01) whose connection has already closed (its disconnect is queued
 * behind it). Nobody waits for its answer — the pile gave up, and logs in again on a new connection — so handing it
 * over would only spend a container thread and a database transaction on an answer that cannot be sent. In a login
 * storm that the platform answers more slowly than piles time out, those stale logins would otherwise take all the
 * delivery threads and no pile would get online at all (measured in {@code docs/benchmarks.md}).
 */
public final class EventQueue {

    /** Stops and restarts reading from the connection; called from any thread. */
    public interface Flow {
        void pause();

        void resume();
    }

    /** Events delivered per work item before the queue yields its container thread to other connections. */
    static final int BATCH = 64;

    private final EventDispatcher dispatcher;
    private final Flow flow;
    private final int pauseAt;
    private final int resumeAt;
    private final ArrayDeque<PileEvent> events = new ArrayDeque<>();
    private boolean scheduled;
    private boolean paused;
    private int highWater;

    EventQueue(EventDispatcher dispatcher, Flow flow, int pauseAt, int resumeAt) {
        this.dispatcher = dispatcher;
        this.flow = flow;
        this.pauseAt = pauseAt;
        this.resumeAt = resumeAt;
    }

    /** Called on the connection's IO thread; never blocks. */
    public void offer(PileEvent event) {
        boolean schedule;
        boolean pause = false;
        synchronized (this) {
            events.addLast(event);
            highWater = Math.max(highWater, events.size());
            if (!paused && events.size() >= pauseAt) {
                paused = true;
                pause = true;
            }
            schedule = !scheduled;
            scheduled = true;
        }
        dispatcher.queued(this, pause);
        if (pause) {
            flow.pause();
        }
        if (schedule) {
            dispatcher.schedule(this);
        }
    }

    /** Runs on a container thread, inside one {@link DeliveryWork}. */
    void drain() {
        for (int i = 0; i < BATCH; i++) {
            PileEvent event;
            boolean closed;
            synchronized (this) {
                event = events.peekFirst();
                if (event == null) {
                    scheduled = false;
                    return;
                }
                closed = events.peekLast() instanceof PileDisconnected;
            }
            if (closed && isLogin(event)) {
                dispatcher.staleLoginShed();
            } else {
                // delivered while still at the head, so the queue's length includes the event in flight
                dispatcher.deliver(event);
            }
            boolean resume = false;
            synchronized (this) {
                events.pollFirst();
                if (paused && events.size() <= resumeAt) {
                    paused = false;
                    resume = true;
                }
            }
            dispatcher.delivered();
            if (resume) {
                flow.resume();
            }
        }
        // more waiting: queue a fresh work item rather than hold this thread, so one chatty pile cannot starve others
        dispatcher.schedule(this);
    }

    private static boolean isLogin(PileEvent event) {
        return event instanceof PileMessageReceived m && m.packet().message() instanceof LoginRequest;
    }

    public synchronized int size() {
        return events.size();
    }

    public synchronized int highWater() {
        return highWater;
    }

    public synchronized boolean paused() {
        return paused;
    }
}
