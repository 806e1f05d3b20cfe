package io.chargeops.pile.simulator.load;

import io.chargeops.pile.protocol.ykc.YkcCodec;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.BillingModel;
import io.chargeops.pile.protocol.ykc.message.BillingModelRequest;
import io.chargeops.pile.protocol.ykc.message.BillingModelResponse;
import io.chargeops.pile.protocol.ykc.message.BillingModelVerifyRequest;
import io.chargeops.pile.protocol.ykc.message.BillingModelVerifyResponse;
import io.chargeops.pile.protocol.ykc.message.Heartbeat;
import io.chargeops.pile.protocol.ykc.message.HeartbeatResponse;
import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import io.chargeops.pile.protocol.ykc.message.LoginResponse;
import io.chargeops.pile.protocol.ykc.message.PileStartRequest;
import io.chargeops.pile.protocol.ykc.message.PileStartResponse;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.message.TransactionRecordConfirm;
import io.chargeops.pile.protocol.ykc.message.YkcMessage;
import io.chargeops.pile.protocol.ykc.netty.YkcPipeline;
import io.chargeops.pile.protocol.ykc.types.AuthFailureReason;
import io.chargeops.pile.protocol.ykc.types.LogicalCardNo;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.protocol.ykc.types.ModelVerifyResult;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import io.chargeops.pile.protocol.ykc.types.TransactionConfirmResult;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import io.chargeops.pile.simulator.PileConfig;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The baseline of a load run: the bare YKC protocol cost. A Netty server with the production codec
 * ({@code io.chargeops.pile.protocol.ykc}) and nothing else — no container, no database, no state — that answers
 * only what a pile needs to stay online and to run sessions: login 0x01→0x02 (accepted), billing model check
 * 0x05→0x06 (consistent) and 0x09→0x0A, heartbeat 0x03→0x04, card start 0x31→0x32 (authorised, a made-up serial)
 * and transaction record 0x3B→0x40 (accepted). Every other frame is decoded and dropped. The same fleet then sends
 * the same frame mix as against the platform, so the node's CPU per frame can be put beside this one's.
 *
 * <pre>
 * java -cp ... io.chargeops.pile.simulator.load.BareResponder --port 19768 [--host 127.0.0.1] [--io-threads 4]
 *      [--counts FILE]   (frames in/out by type, written on SIGTERM)
 * </pre>
 */
public final class BareResponder implements AutoCloseable {
    private static final BigDecimal BALANCE = new BigDecimal("1000.00");

    private final AtomicLongArray in = new AtomicLongArray(256);
    private final AtomicLongArray out = new AtomicLongArray(256);
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong serials = new AtomicLong();
    private final EventLoopGroup boss = new NioEventLoopGroup(1);
    private final EventLoopGroup workers;
    private final YkcCodec codec = YkcCodec.standard();
    private final BillingModel model = PileConfig.defaultModel();
    private Channel server;

    public BareResponder(int ioThreads) {
        workers = new NioEventLoopGroup(ioThreads);
    }

    public BareResponder start(String host, int port) throws InterruptedException {
        server = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 4096)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        connections.incrementAndGet();
                        YkcPipeline.install(ch.pipeline(), codec).addLast("bare", handler);
                    }
                }).bind(host, port).sync().channel();
        return this;
    }

    public int port() {
        return ((java.net.InetSocketAddress) server.localAddress()).getPort();
    }

    private final ChannelHandler handler = new Handler();

    @ChannelHandler.Sharable
    private final class Handler extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (!(msg instanceof YkcPacket p)) {
                return; // frame errors: dropped, as the connector counts and drops them
            }
            in.incrementAndGet(p.type() & 0xFF);
            YkcMessage answer = answer(p.message());
            if (answer != null) {
                YkcPacket reply = YkcPacket.replyTo(p, answer);
                out.incrementAndGet(reply.type() & 0xFF);
                ctx.writeAndFlush(reply, ctx.voidPromise());
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    /** The protocol-only answer to a pile's frame, or null when the bare responder answers nothing. */
    YkcMessage answer(YkcMessage m) {
        if (m instanceof Heartbeat h) {
            return HeartbeatResponse.answering(h);
        } else if (m instanceof LoginRequest r) {
            return new LoginResponse(r.pileCode(), LoginResult.SUCCESS);
        } else if (m instanceof BillingModelVerifyRequest r) {
            return new BillingModelVerifyResponse(r.pileCode(), r.modelId(), ModelVerifyResult.CONSISTENT);
        } else if (m instanceof BillingModelRequest r) {
            return new BillingModelResponse(r.pileCode(), model);
        } else if (m instanceof PileStartRequest r) {
            String serial = r.pileCode().digits() + String.format(Locale.ROOT, "%02d%016d", r.gunNo(),
                    serials.incrementAndGet());
            return new PileStartResponse(TransactionSerial.of(serial), r.pileCode(), r.gunNo(),
                    LogicalCardNo.of("0000000000000001"), BALANCE, SuccessFlag.SUCCESS, AuthFailureReason.NONE);
        } else if (m instanceof TransactionRecord r) {
            return new TransactionRecordConfirm(r.serial(), TransactionConfirmResult.ACCEPTED);
        }
        return null;
    }

    public Map<String, Object> counts() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("connections", connections.get());
        Map<String, Object> types = new LinkedHashMap<>();
        for (int t = 0; t < 256; t++) {
            if (in.get(t) > 0 || out.get(t) > 0) {
                types.put(String.format(Locale.ROOT, "0x%02X", t), Map.of("in", in.get(t), "out", out.get(t)));
            }
        }
        m.put("frames_by_type", types);
        long i = 0;
        long o = 0;
        for (int t = 0; t < 256; t++) {
            i += in.get(t);
            o += out.get(t);
        }
        m.put("frames_in", i);
        m.put("frames_out", o);
        return m;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close().syncUninterruptibly();
        }
        workers.shutdownGracefully().syncUninterruptibly();
        boss.shutdownGracefully().syncUninterruptibly();
    }

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 19768;
        int threads = 4;
        Path counts = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--host" -> host = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--io-threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--counts" -> counts = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        BareResponder r = new BareResponder(threads).start(host, port);
        Path file = counts;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (file != null) {
                    Files.writeString(file, Json.write(r.counts()) + System.lineSeparator(), StandardCharsets.UTF_8);
                }
            } catch (java.io.IOException e) {
                System.err.println("counts not written: " + e);
            }
            r.close();
        }));
        System.out.println("bare YKC responder listening on " + host + ":" + r.port() + " (" + threads
                + " I/O threads)");
        Thread.currentThread().join();
    }
}
