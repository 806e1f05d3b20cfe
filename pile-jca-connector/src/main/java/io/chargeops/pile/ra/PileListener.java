package io.chargeops.pile.ra;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The TCP server piles connect to. Netty's event loops only read, decode and write; nothing on them blocks.
 * A connection that stays silent for the idle timeout is closed, since a live pile sends heartbeats every 10 s.
 */
final class PileListener {

    private static final Logger LOG = Logger.getLogger(PileListener.class.getName());

    private final PileListenerSettings settings;
    private final ChannelGroup connections = new DefaultChannelGroup("piles", GlobalEventExecutor.INSTANCE);
    private EventLoopGroup acceptor;
    private EventLoopGroup io;
    private Channel serverChannel;

    PileListener(PileListenerSettings settings) {
        this.settings = settings;
    }

    void start() throws InterruptedException {
        acceptor = new NioEventLoopGroup(1, new DefaultThreadFactory("ykc-accept", true));
        io = new NioEventLoopGroup(settings.ioThreads(), new DefaultThreadFactory("ykc-io", true));
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(acceptor, io)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        connections.add(channel);
                        channel.pipeline()
                                .addLast("idle", new IdleStateHandler(settings.idleTimeoutSeconds(), 0, 0, TimeUnit.SECONDS))
                                .addLast("lifecycle", new ConnectionLifecycle());
                    }
                });
        serverChannel = bootstrap.bind(settings.bindAddress(), settings.port()).sync().channel();
        LOG.info(() -> "Pile listener (YKC v1.6) accepting on " + boundAddress());
    }

    InetSocketAddress boundAddress() {
        return (InetSocketAddress) serverChannel.localAddress();
    }

    int connectionCount() {
        return connections.size();
    }

    void stop() {
        if (serverChannel != null) {
            serverChannel.close().syncUninterruptibly();
        }
        connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        if (acceptor != null) {
            acceptor.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
        if (io != null) {
            io.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
        LOG.info("Pile listener stopped");
    }

    private static final class ConnectionLifecycle extends ChannelInboundHandlerAdapter {
        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            LOG.fine(() -> "Pile connection opened from " + ctx.channel().remoteAddress());
            ctx.fireChannelActive();
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof IdleStateEvent) {
                LOG.info(() -> "Closing silent pile connection " + ctx.channel().remoteAddress());
                ctx.close();
            } else {
                ctx.fireUserEventTriggered(event);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            // One broken connection must never disturb the others: log, close it, carry on.
            LOG.log(Level.WARNING, "Closing pile connection " + ctx.channel().remoteAddress() + ": " + cause, cause);
            ctx.close();
        }
    }
}
