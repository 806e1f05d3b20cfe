package io.chargeops.pile.ra.session;

import io.chargeops.pile.api.PileDisconnected.Reason;
import io.chargeops.pile.protocol.ykc.YkcCodec;
import io.chargeops.pile.protocol.ykc.netty.YkcFrameDecoder;
import io.chargeops.pile.protocol.ykc.netty.YkcPipeline;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.ra.PileListenerSettings;
import io.chargeops.pile.ra.inbound.EndpointRegistry;
import io.chargeops.pile.ra.inbound.EventDispatcher;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import jakarta.resource.spi.work.WorkManager;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The TCP server piles connect to, with everything that lives as long as it: the session registry, the counters and
 * the event dispatcher. Netty's event loops only read, decode, write and run timers; delivery goes to the
 * container's WorkManager (see {@link EventDispatcher}).
 */
public final class PileServer {

    private static final Logger LOG = Logger.getLogger(PileServer.class.getName());
    /**
     * Largest single read. Small reads keep back-pressure tight: after reading pauses, only the frames of the read
     * in progress can still be queued (4 KiB holds at most ~240 of the smallest frames). Piles send little anyway.
     */
    static final int MAX_READ_BYTES = 4096;
    private static final Duration STOP_DRAIN = Duration.ofSeconds(5);

    private final PileListenerSettings settings;
    private final YkcCodec codec;
    private final WorkManager workManager;
    private final EndpointRegistry endpoints;
    private final SessionRegistry registry = new SessionRegistry();
    private final SessionCounters counters = new SessionCounters();
    private final FrameLog frameLog = new FrameLog();
    private final AtomicLong connectionIds = new AtomicLong();
    private final String idPrefix = Long.toString(System.currentTimeMillis(), 36) + "-";
    private final SessionGateway gateway;
    private EventLoopGroup acceptor;
    private EventLoopGroup io;
    private EventDispatcher dispatcher;
    private Channel serverChannel;

    public PileServer(PileListenerSettings settings, WorkManager workManager, EndpointRegistry endpoints) {
        this.settings = settings;
        this.codec = YkcCodec.builder().keys(settings.encryptionKeys()).build();
        this.workManager = workManager;
        this.endpoints = endpoints;
        this.gateway = new SessionGateway(this);
    }

    public void start() throws Exception {
        acceptor = new NioEventLoopGroup(1, new DefaultThreadFactory("ykc-accept", true));
        io = new NioEventLoopGroup(settings.ioThreads(), new DefaultThreadFactory("ykc-io", true));
        dispatcher = new EventDispatcher(workManager, endpoints, io);
        long idleMillis = settings.idleTimeout().toMillis();
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(acceptor, io)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.RCVBUF_ALLOCATOR, new AdaptiveRecvByteBufAllocator(64, 512, MAX_READ_BYTES))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast("bytes", new ByteMeter(counters))
                                .addLast("idle", new IdleStateHandler(idleMillis, 0, 0, TimeUnit.MILLISECONDS));
                        YkcPipeline.install(channel.pipeline(), codec);
                        channel.pipeline().addLast("pile", new PileChannelHandler(PileServer.this));
                    }
                });
        try {
            serverChannel = bootstrap.bind(settings.bindAddress(), settings.port()).sync().channel();
        } catch (Exception e) { // Netty rethrows the checked BindException without declaring it
            shutdownGroups();
            throw e;
        }
        LOG.info(() -> "Pile listener (YKC v1.6) accepting on " + boundAddress() + " with " + settings);
    }

    public InetSocketAddress boundAddress() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    /**
     * Stops accepting, closes every connection with {@code CONNECTOR_STOPPING}, gives the queues a few seconds to
     * deliver what they hold (including those disconnect events, while endpoints still exist), then ends the loops.
     */
    public void stop() {
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly(); // the port is free from here on
        }
        closeAll(Reason.CONNECTOR_STOPPING, STOP_DRAIN);
        shutdownGroups();
        LOG.info("Pile listener stopped");
    }

    /** Closes every connection and waits (bounded) until their events, the disconnects included, are delivered. */
    public void closeAll(Reason reason, Duration drain) {
        long deadline = System.nanoTime() + drain.toNanos();
        registry.closeAll(reason);
        for (PileConnection c : registry.connections()) {
            c.channel.closeFuture().awaitUninterruptibly(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        while (registry.connectionCount() > 0 && System.nanoTime() < deadline) {
            sleep(); // channelInactive (which enqueues the disconnect) runs just after the close future completes
        }
        if (dispatcher != null && !dispatcher.awaitIdle(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
            LOG.warning(dispatcher.pending() + " pile event(s) were not delivered within " + drain);
        }
    }

    private void shutdownGroups() {
        if (acceptor != null) {
            acceptor.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
        if (io != null) {
            io.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    /**
     * Makes {@code c} the pile's session (called from the gateway when the application accepts a login), closing the
     * pile's older connection and starting heartbeat supervision on the connection's event loop.
     */
    void bind(PileConnection c, PileCode pile) {
        PileCode previousPile = c.pile;
        c.lastHeartbeatNanos = System.nanoTime();
        c.pile = pile;
        PileConnection old = registry.bind(pile, c);
        if (previousPile != null && !previousPile.equals(pile)) {
            registry.remove(previousPile, c);
        }
        if (old != null) {
            counters.replaced.increment();
            LOG.info(() -> "Pile " + pile + " logged in again on " + c.id + "; closing its older " + old);
            old.close(Reason.REPLACED_BY_NEW_LOGIN);
        }
        counters.logins.increment();
        if (!c.channel.isActive()) {
            registry.remove(c); // it closed while we were binding: never leave a dead session behind
            return;
        }
        c.channel.eventLoop().execute(() -> {
            YkcFrameDecoder decoder = c.channel.pipeline().get(YkcFrameDecoder.class);
            if (decoder != null) {
                decoder.bind(pile); // the codec attributes errors and finds the 3DES key by it
            }
            supervise(c);
        });
    }

    /** No 0x03 for missed × period → offline. Runs on the connection's event loop; cheap, one timer per session. */
    private void supervise(PileConnection c) {
        if (c.heartbeatCheck != null) {
            c.heartbeatCheck.cancel(false);
        }
        long timeout = settings.heartbeatTimeout().toNanos();
        long interval = Math.max(TimeUnit.MILLISECONDS.toNanos(10), settings.heartbeatPeriod().toNanos() / 2);
        c.heartbeatCheck = c.channel.eventLoop().scheduleAtFixedRate(() -> {
            if (c.channel.isActive() && System.nanoTime() - c.lastHeartbeatNanos > timeout) {
                counters.heartbeatTimeouts.increment();
                LOG.info(() -> "Pile " + c.pile + " missed " + settings.missedHeartbeats() + " heartbeats ("
                        + settings.heartbeatTimeout() + "); closing " + c.id);
                c.close(Reason.HEARTBEAT_TIMEOUT);
            }
        }, interval, interval, TimeUnit.NANOSECONDS);
    }

    String nextConnectionId() {
        return idPrefix + connectionIds.incrementAndGet();
    }

    private static void sleep() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public PileListenerSettings settings() { return settings; }
    public SessionRegistry registry() { return registry; }
    public SessionCounters counters() { return counters; }
    public EventDispatcher dispatcher() { return dispatcher; }
    public EndpointRegistry endpoints() { return endpoints; }
    public SessionGateway gateway() { return gateway; }
    YkcCodec codec() { return codec; }
    FrameLog frameLog() { return frameLog; }
}
