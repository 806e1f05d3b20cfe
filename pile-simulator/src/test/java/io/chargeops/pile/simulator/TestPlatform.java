package io.chargeops.pile.simulator;

import io.chargeops.pile.protocol.ykc.YkcCodec;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.*;
import io.chargeops.pile.protocol.ykc.netty.YkcPipeline;
import io.chargeops.pile.protocol.ykc.types.*;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A minimal YKC platform for tests, built from the production codec: answers login, heartbeat, billing-model and
 * bill frames the way the spec asks, authorises card starts, and lets a test send commands and inspect traffic.
 */
final class TestPlatform implements AutoCloseable {
    record Inbound(PileCode pile, InetSocketAddress from, YkcPacket packet) {
    }

    final NioEventLoopGroup group = new NioEventLoopGroup(1);
    final Map<PileCode, Channel> sessions = new ConcurrentHashMap<>();
    final List<Inbound> inbound = new CopyOnWriteArrayList<>();
    final AtomicInteger billsToIgnore = new AtomicInteger();
    final AtomicInteger frameErrors = new AtomicInteger();
    final AtomicInteger seq = new AtomicInteger();
    final AtomicInteger serials = new AtomicInteger();
    volatile boolean acceptLogins = true;
    volatile boolean answerHeartbeats = true;
    volatile boolean authoriseCards = true;
    volatile BillingModel model = new BillingModel(BillingModelId.of("0042"),
            new Tariff(new BigDecimal("1.20000"), new BigDecimal("0.80000")),
            new Tariff(new BigDecimal("1.00000"), new BigDecimal("0.60000")),
            new Tariff(new BigDecimal("0.70000"), new BigDecimal("0.50000")),
            new Tariff(new BigDecimal("0.30000"), new BigDecimal("0.40000")), 0,
            java.util.stream.IntStream.range(0, 48).mapToObj(i -> RatePeriod.values()[i % 4]).toList());
    private final Channel server;

    TestPlatform() {
        server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        YkcPipeline.install(ch.pipeline(), YkcCodec.standard()).addLast(new Handler());
                    }
                }).bind("127.0.0.1", 0).syncUninterruptibly().channel();
    }

    int port() {
        return ((InetSocketAddress) server.localAddress()).getPort();
    }

    void send(PileCode pile, YkcMessage m) {
        Channel ch = sessions.get(pile);
        if (ch == null) {
            throw new IllegalStateException("pile " + pile + " not connected");
        }
        ch.writeAndFlush(YkcPacket.of(seq.getAndIncrement() & 0xFFFF, m)).syncUninterruptibly();
    }

    <T extends YkcMessage> List<T> received(PileCode pile, Class<T> type) {
        return inbound.stream().filter(i -> i.pile() == null || i.pile().equals(pile)).map(i -> i.packet().message())
                .filter(type::isInstance).map(type::cast).toList();
    }

    <T extends YkcMessage> T await(PileCode pile, Class<T> type, Predicate<? super T> filter, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (Inbound i : inbound) {
                if (type.isInstance(i.packet().message()) && pile.equals(i.packet().message().pileCode())
                        && filter.test(type.cast(i.packet().message()))) {
                    return type.cast(i.packet().message());
                }
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("platform did not receive " + type.getSimpleName() + " from " + pile + " within "
                + timeout + "; got " + inbound.stream().map(i -> i.packet().message().getClass().getSimpleName())
                .toList());
    }

    YkcPacket awaitPacket(PileCode pile, Class<? extends YkcMessage> type, Duration timeout) {
        YkcMessage m = await(pile, type, x -> true, timeout);
        return inbound.stream().filter(i -> i.packet().message() == m).findFirst().orElseThrow().packet();
    }

    private final class Handler extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof io.chargeops.pile.protocol.ykc.FrameError) {
                frameErrors.incrementAndGet();
            }
            if (!(msg instanceof YkcPacket p)) {
                return;
            }
            YkcMessage m = p.message();
            inbound.add(new Inbound(m.pileCode(), (InetSocketAddress) ctx.channel().remoteAddress(), p));
            if (m instanceof LoginRequest r) {
                if (acceptLogins) {
                    sessions.put(r.pileCode(), ctx.channel());
                    ctx.writeAndFlush(YkcPacket.replyTo(p, new LoginResponse(r.pileCode(), LoginResult.SUCCESS)));
                } else {
                    ctx.writeAndFlush(YkcPacket.replyTo(p, new LoginResponse(r.pileCode(), LoginResult.FAILURE)))
                            .addListener(ChannelFutureListener.CLOSE);
                }
            } else if (m instanceof Heartbeat h) {
                if (answerHeartbeats) {
                    ctx.writeAndFlush(YkcPacket.replyTo(p, HeartbeatResponse.answering(h)));
                }
            } else if (m instanceof BillingModelVerifyRequest r) {
                ctx.writeAndFlush(YkcPacket.replyTo(p, new BillingModelVerifyResponse(r.pileCode(), r.modelId(),
                        r.modelId().equals(model.id()) ? ModelVerifyResult.CONSISTENT
                                : ModelVerifyResult.INCONSISTENT)));
            } else if (m instanceof BillingModelRequest r) {
                ctx.writeAndFlush(YkcPacket.replyTo(p, new BillingModelResponse(r.pileCode(), model)));
            } else if (m instanceof PileStartRequest r) {
                TransactionSerial serial = TransactionSerial.generate(r.pileCode(), r.gunNo(), LocalDateTime.now(),
                        serials.incrementAndGet());
                ctx.writeAndFlush(YkcPacket.replyTo(p, new PileStartResponse(serial, r.pileCode(), r.gunNo(),
                        LogicalCardNo.of("0000001000000573"), new BigDecimal("100.00"),
                        authoriseCards ? SuccessFlag.SUCCESS : SuccessFlag.FAILURE,
                        authoriseCards ? AuthFailureReason.NONE : AuthFailureReason.INSUFFICIENT_BALANCE)));
            } else if (m instanceof TransactionRecord r) {
                if (billsToIgnore.getAndDecrement() <= 0) {
                    ctx.writeAndFlush(YkcPacket.replyTo(p, new TransactionRecordConfirm(r.serial(),
                            TransactionConfirmResult.ACCEPTED)));
                }
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            sessions.values().remove(ctx.channel());
        }
    }

    @Override
    public void close() {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
    }
}
