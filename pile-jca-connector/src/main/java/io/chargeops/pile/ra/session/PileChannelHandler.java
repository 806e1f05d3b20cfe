package io.chargeops.pile.ra.session;

import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileConnected;
import io.chargeops.pile.api.PileDisconnected;
import io.chargeops.pile.api.PileDisconnected.Reason;
import io.chargeops.pile.api.PileFrameRejected;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.api.PileOfflineException;
import io.chargeops.pile.protocol.ykc.FrameError;
import io.chargeops.pile.protocol.ykc.UnknownFrame;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.Heartbeat;
import io.chargeops.pile.protocol.ykc.message.HeartbeatResponse;
import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import io.chargeops.pile.protocol.ykc.message.YkcMessage;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.ra.inbound.EventQueue;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The per-connection protocol handler, on the connection's Netty IO thread. It turns decode results into events on
 * the connection's queue, answers heartbeats itself, hands answers to waiting {@code request()} callers, counts, and
 * closes connections that time out. Nothing here blocks: delivery happens on container threads.
 */
final class PileChannelHandler extends ChannelDuplexHandler {

    static final AttributeKey<PileConnection> CONNECTION = AttributeKey.valueOf("chargeops.pile.connection");
    private static final Logger LOG = Logger.getLogger(PileChannelHandler.class.getName());

    private final PileServer server;
    private PileConnection connection;

    PileChannelHandler(PileServer server) {
        this.server = server;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        Channel channel = ctx.channel();
        if (!server.endpoints().acceptsConnections()) {
            // No MDB to hand events to: closing beats accepting frames we would have to drop. Piles reconnect.
            server.counters().refusedNoEndpoint.increment();
            server.frameLog().refused("No PileMessageListener endpoint is active yet; closing new connection from "
                    + channel.remoteAddress() + " (the pile will reconnect)");
            ctx.close();
            return;
        }
        if (server.registry().connectionCount() >= server.settings().maxConnections()) {
            server.counters().refused.increment();
            server.frameLog().refused("max-connections (" + server.settings().maxConnections()
                    + ") reached; closing new connection from " + channel.remoteAddress());
            ctx.close();
            return;
        }
        PileConnection c = new PileConnection(server.nextConnectionId(), channel);
        c.queue = server.dispatcher().newQueue(new EventQueue.Flow() {
            @Override
            public void pause() {
                channel.config().setAutoRead(false);
            }

            @Override
            public void resume() {
                channel.config().setAutoRead(true); // thread-safe: Netty schedules the next read on the event loop
            }
        }, server.settings().maxQueuedEvents(), server.settings().resumeQueuedEvents());
        channel.attr(CONNECTION).set(c);
        connection = c;
        server.registry().add(c);
        server.counters().accepted.increment();
        c.queue.offer(new PileConnected(c.id, c.remoteAddress, Instant.now()));
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        PileConnection c = connection;
        if (c == null) {
            ReferenceCountUtil.release(msg);
            return;
        }
        Instant now = Instant.now();
        if (msg instanceof YkcPacket packet) {
            onPacket(ctx, c, packet, now);
        } else if (msg instanceof FrameError error) {
            server.counters().decodeError(error.kind());
            c.decodeErrors.increment();
            server.frameLog().rejected(c, error);
            c.queue.offer(new PileFrameRejected(c.id, error.pileCode() != null ? error.pileCode() : c.knownPile(),
                    error, now));
        } else if (msg instanceof UnknownFrame unknown) {
            server.counters().unknownFrames.increment();
            c.unknownFrames.increment();
            server.frameLog().unknown(c, unknown);
            c.queue.offer(new PileFrameRejected(c.id, c.knownPile(), unknown, now));
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    private void onPacket(ChannelHandlerContext ctx, PileConnection c, YkcPacket packet, Instant now) {
        server.counters().frameIn(packet.type());
        c.framesIn.increment();
        YkcMessage message = packet.message();
        if (message instanceof LoginRequest login) {
            c.claimedPile = login.pileCode();
            c.encrypted = packet.encrypted();
        } else if (message instanceof Heartbeat heartbeat) {
            acknowledge(ctx, c, packet, heartbeat);
        }
        if (c.pending.complete(message)) {
            server.counters().answersMatched.increment();
            return; // the waiting request() caller has it; late answers fall through to the endpoint below
        }
        PileCode bound = c.pile;
        c.queue.offer(new PileMessageReceived(c.id, bound != null ? bound : message.pileCode(), packet, now));
    }

    /**
     * 0x04 is protocol housekeeping, answered here so a slow application can never make piles drop offline. Only a
     * logged-in pile's own heartbeats are answered: before the login reply nothing is accepted (spec), and an ack
     * would tell an unaccepted pile that it is online. The heartbeat is still delivered, because the application
     * tracks gun health from it.
     */
    private void acknowledge(ChannelHandlerContext ctx, PileConnection c, YkcPacket packet, Heartbeat heartbeat) {
        PileCode bound = c.pile;
        if (bound != null && bound.equals(heartbeat.pileCode())) {
            c.lastHeartbeatNanos = System.nanoTime();
            ctx.channel().writeAndFlush(YkcPacket.replyTo(packet, HeartbeatResponse.answering(heartbeat)));
            server.counters().heartbeatAcks.increment();
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof YkcPacket packet) {
            server.counters().frameOut(packet.type());
            PileConnection c = connection;
            if (c != null) {
                c.framesOut.increment();
            }
        }
        ctx.write(msg, promise);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        PileConnection c = connection;
        if (event instanceof IdleStateEvent && c != null) {
            if (c.pile == null) {
                // logged-in piles are supervised by their heartbeats instead (see PileServer#supervise)
                server.counters().idleTimeouts.increment();
                LOG.info(() -> "Closing " + c + ": nothing received for " + server.settings().idleTimeout()
                        + " before login");
                c.close(Reason.IDLE_TIMEOUT);
            }
            return;
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        PileConnection c = connection;
        if (c == null) {
            return;
        }
        if (c.heartbeatCheck != null) {
            c.heartbeatCheck.cancel(false);
        }
        PileCode pile = c.knownPile();
        c.pending.failAll(pile != null ? new PileOfflineException(pile)
                : new PileCommandException("connection " + c.id + " closed"));
        Reason reason = c.closeReason();
        LOG.fine(() -> "Closed " + c + ": " + reason);
        c.queue.offer(new PileDisconnected(c.id, pile, reason, Instant.now()));
        // Removed only after the disconnect is queued: closeAll() treats "no connections and nothing pending" as
        // drained, and must not see the gap between the two.
        server.registry().remove(c);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // One broken connection must never disturb the others: log, close it, carry on.
        if (cause instanceof IOException) {
            LOG.fine(() -> "I/O error on " + connection + ": " + cause);
        } else {
            LOG.log(Level.WARNING, "Closing " + (connection == null ? ctx.channel().remoteAddress() : connection)
                    + ": " + cause, cause);
        }
        ctx.close();
    }
}
