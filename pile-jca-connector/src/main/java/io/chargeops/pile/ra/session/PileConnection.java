package io.chargeops.pile.ra.session;

import io.chargeops.pile.api.ConnectionStatistics;
import io.chargeops.pile.api.PileDisconnected.Reason;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.ra.inbound.EventQueue;
import io.netty.channel.Channel;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * One accepted TCP connection and what the adapter knows about it. Fields written on the IO thread and read by
 * gateway callers are volatile or atomic; the channel itself is thread-safe for writes and close.
 */
public final class PileConnection {

    final String id;
    final Channel channel;
    final Instant openedAt;
    final String remoteAddress;
    final PendingRequests pending = new PendingRequests();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicReference<Reason> closeReason = new AtomicReference<>();
    EventQueue queue;

    /** The pile this connection is the session of, set when the application accepts its login. */
    volatile PileCode pile;
    /** The pile named by the latest login frame, before (or without) acceptance; used to attribute events. */
    volatile PileCode claimedPile;
    /** Whether the pile logged in with a 3DES body; commands to it are then encrypted too. */
    volatile boolean encrypted;
    volatile long lastHeartbeatNanos;
    ScheduledFuture<?> heartbeatCheck; // IO thread only

    final LongAdder framesIn = new LongAdder();
    final LongAdder framesOut = new LongAdder();
    final LongAdder bytesIn = new LongAdder();
    final LongAdder bytesOut = new LongAdder();
    final LongAdder decodeErrors = new LongAdder();
    final LongAdder unknownFrames = new LongAdder();

    PileConnection(String id, Channel channel) {
        this.id = id;
        this.channel = channel;
        this.openedAt = Instant.now();
        this.remoteAddress = String.valueOf(channel.remoteAddress());
    }

    public String id() {
        return id;
    }

    public PileCode pile() {
        return pile;
    }

    /** The pile the connection speaks for: the bound one, else the one its login claimed, else null. */
    PileCode knownPile() {
        PileCode bound = pile;
        return bound != null ? bound : claimedPile;
    }

    /** Platform-initiated frames number themselves per session, wrapping at two bytes. */
    int nextSequence() {
        return sequence.getAndIncrement() & 0xFFFF;
    }

    /** Closes the connection; the first reason given is the one reported in {@code PileDisconnected}. */
    void close(Reason reason) {
        closeReason.compareAndSet(null, reason);
        channel.close();
    }

    /** Records why the connection will close, before the close itself (e.g. after a refused login is written). */
    void closingFor(Reason reason) {
        closeReason.compareAndSet(null, reason);
    }

    Reason closeReason() {
        Reason reason = closeReason.get();
        return reason == null ? Reason.CLOSED_BY_PILE : reason;
    }

    ConnectionStatistics statistics() {
        EventQueue q = queue;
        return new ConnectionStatistics(id, knownPile(), pile != null, remoteAddress, openedAt, framesIn.sum(),
                framesOut.sum(), bytesIn.sum(), bytesOut.sum(), decodeErrors.sum(), unknownFrames.sum(),
                q == null ? 0 : q.size(), q == null ? 0 : q.highWater(), q != null && q.paused());
    }

    @Override
    public String toString() {
        PileCode known = knownPile();
        return "connection " + id + " (" + (known == null ? "no login yet" : "pile " + known) + ", " + remoteAddress + ")";
    }
}
