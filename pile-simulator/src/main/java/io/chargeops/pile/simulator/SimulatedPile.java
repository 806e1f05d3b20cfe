package io.chargeops.pile.simulator;

import io.chargeops.pile.protocol.ykc.FrameError;
import io.chargeops.pile.protocol.ykc.YkcCodec;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.*;
import io.chargeops.pile.protocol.ykc.netty.YkcPipeline;
import io.chargeops.pile.protocol.ykc.types.*;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.ScheduledFuture;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * One simulated YKC v1.6 pile: a small state machine over one TCP connection.
 *
 * <p>All protocol state is confined to the pile's event loop (picked once from the shared group and kept across
 * reconnects), so it needs no locks; the public methods hand work to that loop and are safe to call from any thread.
 * Observation (state, gun snapshots, traffic, waiting for a packet) reads volatile or concurrent structures.
 *
 * <p>Behaviour follows the spec and the firmware conventions described in the team's YKC notes: login until
 * answered, billing-model check (0x05, then 0x09 if needed), heartbeats per gun, real-time data every 15 s charging /
 * 5 min idle and on every state change, transaction records resent until confirmed with a matching 0x40.
 */
public final class SimulatedPile implements AutoCloseable {
    private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(3_600_000_000_000L);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ZERO4 = new BigDecimal("0.0000");
    private static final String DEFAULT_VIN = "LSVAU2180N2183294";

    private final PileConfig config;
    private final PileCode pile;
    private final EventLoop loop;
    private final YkcCodec codec;
    private final SplittableRandom random;
    private final Gun[] guns;
    private final BigDecimal timeScale;

    private volatile PileState state = PileState.DISCONNECTED;
    private volatile boolean stopped;
    private volatile BillingModel model;
    private volatile Duration clockOffset = Duration.ZERO;
    private volatile CompletableFuture<LoginResult> loginResult = new CompletableFuture<>();
    private volatile CompletableFuture<Void> online = new CompletableFuture<>();

    private Channel channel;
    private int sequence;
    private int missedHeartbeats;
    private boolean rebootWhenIdle;
    private ScheduledFuture<?> heartbeatTimer;
    private ScheduledFuture<?> loginTimer;
    private final Set<PhysicalCardNo> offlineCards = new HashSet<>();

    private final ConcurrentLinkedDeque<TrafficRecord> traffic = new ConcurrentLinkedDeque<>();
    private final AtomicInteger trafficSize = new AtomicInteger();
    private final List<Waiter<?>> waiters = new CopyOnWriteArrayList<>();
    private final AtomicLong framesSent = new AtomicLong();
    private final AtomicLong framesReceived = new AtomicLong();
    private final AtomicLong frameErrors = new AtomicLong();
    private final AtomicLong logins = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong reboots = new AtomicLong();
    // every transaction record this pile made, by serial: what it billed, how often it was sent, the 0x40 answers
    private final Map<TransactionSerial, BillLog> bills = new ConcurrentHashMap<>();
    private final List<TransactionSerial> billOrder = new CopyOnWriteArrayList<>();

    private SimulatedPile(PileConfig config, EventLoopGroup group, YkcCodec codec) {
        this.config = config;
        this.pile = config.pileCode();
        this.loop = group.next();
        this.codec = codec;
        this.random = new SplittableRandom(config.seed());
        this.model = config.billingModel();
        this.timeScale = BigDecimal.valueOf(config.timeScale());
        this.guns = new Gun[config.guns()];
        for (int i = 0; i < guns.length; i++) {
            guns[i] = new Gun(i + 1, new BigDecimal(1000 + random.nextInt(9000)).setScale(4));
        }
    }

    /** Creates the pile and starts connecting; use {@link #awaitOnline(Duration)} or {@link #loginResult()}. */
    public static SimulatedPile start(PileConfig config, EventLoopGroup group) {
        return start(config, group, YkcCodec.standard());
    }

    public static SimulatedPile start(PileConfig config, EventLoopGroup group, YkcCodec codec) {
        SimulatedPile p = new SimulatedPile(config, group, codec);
        p.loop.execute(p::connect);
        return p;
    }

    // ---- public API: observation --------------------------------------------------------------------------------

    public PileCode pileCode() {
        return pile;
    }

    public PileConfig config() {
        return config;
    }

    public PileState state() {
        return state;
    }

    /** Completes with the result of the first login reply (0x02) of the current connection attempt cycle. */
    public CompletableFuture<LoginResult> loginResult() {
        return loginResult;
    }

    /** Waits until the pile is logged in and holds a billing model. */
    public SimulatedPile awaitOnline(Duration timeout) {
        await(online, timeout, "pile " + pile + " online (state " + state + ")");
        return this;
    }

    public BillingModel billingModel() {
        return model;
    }

    /** The pile's own clock: the configured clock, moved by the platform's time sync (0x56) if it follows it. */
    public LocalDateTime now() {
        return LocalDateTime.now(config.clock()).plus(clockOffset).truncatedTo(ChronoUnit.MILLIS);
    }

    public GunSnapshot gun(int gunNo) {
        return gunAt(gunNo).snapshot;
    }

    public List<GunSnapshot> guns() {
        List<GunSnapshot> list = new ArrayList<>();
        for (Gun g : guns) {
            list.add(g.snapshot);
        }
        return list;
    }

    /** Packets received, oldest first (bounded by {@link PileConfig#recordLimit()}). */
    public List<YkcPacket> received() {
        return traffic.stream().filter(t -> !t.outbound()).map(TrafficRecord::packet).toList();
    }

    public List<YkcPacket> sent() {
        return traffic.stream().filter(TrafficRecord::outbound).map(TrafficRecord::packet).toList();
    }

    public List<TrafficRecord> traffic() {
        return List.copyOf(traffic);
    }

    public <T extends YkcMessage> List<T> received(Class<T> type) {
        return received().stream().map(YkcPacket::message).filter(type::isInstance).map(type::cast).toList();
    }

    public <T extends YkcMessage> List<T> sent(Class<T> type) {
        return sent().stream().map(YkcPacket::message).filter(type::isInstance).map(type::cast).toList();
    }

    /** Completes when a matching packet has been received (including before this call). */
    public <T extends YkcMessage> CompletableFuture<T> whenReceived(Class<T> type, Predicate<? super T> filter) {
        return when(false, type, filter);
    }

    public <T extends YkcMessage> CompletableFuture<T> whenSent(Class<T> type, Predicate<? super T> filter) {
        return when(true, type, filter);
    }

    public <T extends YkcMessage> T awaitReceived(Class<T> type, Predicate<? super T> filter, Duration timeout) {
        return await(whenReceived(type, filter), timeout, "receive " + type.getSimpleName());
    }

    public <T extends YkcMessage> T awaitSent(Class<T> type, Predicate<? super T> filter, Duration timeout) {
        return await(whenSent(type, filter), timeout, "send " + type.getSimpleName());
    }

    public long framesSent() {
        return framesSent.get();
    }

    public long framesReceived() {
        return framesReceived.get();
    }

    public long frameErrors() {
        return frameErrors.get();
    }

    public long logins() {
        return logins.get();
    }

    public long connections() {
        return connections.get();
    }

    public long reboots() {
        return reboots.get();
    }

    /** Every transaction record (0x3B) this pile made, oldest first (one per session, however often it was sent). */
    public List<TransactionRecord> transactionRecords() {
        return billOrder.stream().map(serial -> bills.get(serial).record).toList();
    }

    /** The transaction record of the gun's last session that has ended, if any. */
    public Optional<TransactionRecord> lastTransactionRecord(int gunNo) {
        gunAt(gunNo);
        for (int i = billOrder.size() - 1; i >= 0; i--) {
            TransactionRecord r = bills.get(billOrder.get(i)).record;
            if (r.gunNo() == gunNo) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public Optional<TransactionRecord> transactionRecord(TransactionSerial serial) {
        return Optional.ofNullable(bills.get(serial)).map(b -> b.record);
    }

    /** How many times the transaction record with this serial went out on a connection (first send, resends). */
    public int timesSent(TransactionSerial serial) {
        BillLog b = bills.get(serial);
        return b == null ? 0 : b.sent.get();
    }

    /** The platform's confirmations (0x40) received for this serial, oldest first, accepted or not. */
    public List<TransactionRecordConfirm> confirmations(TransactionSerial serial) {
        BillLog b = bills.get(serial);
        return b == null ? List.of() : List.copyOf(b.confirmations);
    }

    /** Waits until at least {@code count} confirmations (0x40) for the serial have been received; returns them all. */
    public List<TransactionRecordConfirm> awaitConfirmations(TransactionSerial serial, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (confirmations(serial).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout + " waiting for " + count
                        + " confirmations (0x40) of " + serial + " at pile " + pile + "; got "
                        + confirmations(serial).size() + ", record sent " + timesSent(serial) + " times");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for confirmations of " + serial);
            }
        }
        return confirmations(serial);
    }

    public boolean holdsOfflineCard(PhysicalCardNo card) {
        return call(() -> offlineCards.contains(card));
    }

    // ---- public API: actions ------------------------------------------------------------------------------------

    /** A card is swiped at the gun: the pile asks the platform (0x31) and starts if 0x32 authorises it. */
    public void swipeCard(int gunNo, PhysicalCardNo card) {
        loop.execute(() -> requestStart(gunAt(gunNo), StartMode.CARD, card, ""));
    }

    /** The car identifies itself by VIN (plug-and-charge): 0x31 with the VIN. */
    public void startWithVin(int gunNo, String vin) {
        loop.execute(() -> requestStart(gunAt(gunNo), StartMode.VIN, PhysicalCardNo.NONE, vin));
    }

    /** The user stops the session at the pile (stop reason 0x45). */
    public void stopLocally(int gunNo) {
        loop.execute(() -> stopSession(gunAt(gunNo), StopReason.MANUAL_STOP));
    }

    /** Unplugs the gun; a running session ends with "pilot disconnected" (0x6B). */
    public void unplug(int gunNo) {
        loop.execute(() -> {
            Gun g = gunAt(gunNo);
            g.plugged = false;
            g.refresh();
            if (g.session != null) {
                stopSession(g, StopReason.ABORTED_PILOT_DISCONNECTED);
            } else {
                sendRealTime(g, nextSequence());
            }
        });
    }

    /** Plugs the gun in; completes a remote start that was refused for "gun not plugged" less than 60 s ago. */
    public void plugIn(int gunNo) {
        loop.execute(() -> {
            Gun g = gunAt(gunNo);
            g.plugged = true;
            g.refresh();
            if (g.pendingRemoteStart != null && !g.pendingRemoteStartDeadline.isBefore(Instant.now())) {
                RemoteStartRequest req = g.pendingRemoteStart;
                g.pendingRemoteStart = null;
                send(new RemoteStartResponse(req.serial(), pile, g.no, SuccessFlag.SUCCESS, RemoteStartFailure.NONE));
                startSession(g, req.serial(), TradeFlag.APP, req.physicalCard(), req.balance(), "");
            } else {
                sendRealTime(g, nextSequence());
            }
        });
    }

    /**
     * Sends the gun's last transaction record (0x3B) again, byte for byte the same, now, whether or not the platform
     * has confirmed it: what a pile does that lost the 0x40, or firmware that resends after a restart. A pending
     * record keeps its own resend timer as well.
     *
     * @return the record sent
     * @throws IllegalStateException when the gun has no record yet or the pile is not connected
     */
    public TransactionRecord resendLastBill(int gunNo) {
        gunAt(gunNo);
        return call(() -> {
            TransactionRecord last = lastTransactionRecord(gunNo).orElseThrow(() -> new IllegalStateException(
                    "gun " + gunNo + " of pile " + pile + " has no transaction record to resend"));
            if (channel == null || !channel.isActive() || state != PileState.ONLINE) {
                throw new IllegalStateException("pile " + pile + " is not online (" + state + ")");
            }
            send(last);
            return last;
        });
    }

    /**
     * The gun reports a hardware fault: real-time data (0x13) with status 故障 and the fault bit, heartbeats with
     * gun health FAULT, remote starts refused with "device fault"; a session running on it ends at once
     * (emergency stop or module fault) with its transaction record.
     */
    public void fault(int gunNo, HardwareFault fault) {
        Objects.requireNonNull(fault, "fault");
        loop.execute(() -> {
            Gun g = gunAt(gunNo);
            g.faults.add(fault);
            if (g.session != null) {
                stopSession(g, fault == HardwareFault.EMERGENCY_STOP ? StopReason.ABORTED_EMERGENCY_STOP
                        : StopReason.ABORTED_MODULE_FAULT);
            } else {
                g.refresh();
                sendRealTime(g, nextSequence());
            }
        });
    }

    /** The fault is repaired: the gun reports idle again. */
    public void clearFault(int gunNo) {
        loop.execute(() -> {
            Gun g = gunAt(gunNo);
            g.faults.clear();
            g.refresh();
            sendRealTime(g, nextSequence());
        });
    }

    /** Drops the TCP connection without telling anyone, as a pile losing its network would; it reconnects later. */
    public void dropConnection() {
        loop.execute(() -> {
            if (channel != null) {
                channel.close();
            }
        });
    }

    /**
     * Writes bytes that are no frame (line noise, a firmware bug) on the connection, between the pile's frames: the
     * platform is expected to count and skip them and keep the session.
     *
     * @return whether the pile was online and the bytes went out
     */
    public boolean sendRaw(byte[] bytes) {
        byte[] copy = bytes.clone();
        return call(() -> {
            Channel ch = channel;
            if (ch == null || !ch.isActive() || state != PileState.ONLINE) {
                return false;
            }
            ch.writeAndFlush(io.netty.buffer.Unpooled.wrappedBuffer(copy), ch.voidPromise());
            return true;
        });
    }

    /** Stops the pile for good: no more reconnects. */
    @Override
    public void close() {
        stopped = true;
        loop.execute(() -> {
            state = PileState.STOPPED;
            cancelConnectionTimers();
            for (Gun g : guns) {
                cancel(g.realTimeTimer);
                cancel(g.billTimer);
            }
            if (channel != null) {
                channel.close();
            }
        });
    }

    // ---- connection lifecycle -----------------------------------------------------------------------------------

    private void connect() {
        if (stopped) {
            return;
        }
        state = PileState.CONNECTING;
        Bootstrap b = new Bootstrap().group(loop).channel(NioSocketChannel.class)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 5_000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        YkcPipeline.install(ch.pipeline(), codec).addLast("pile", new Handler());
                    }
                });
        ChannelFuture f = config.localAddress() != null ? b.connect(config.server(), config.localAddress())
                : b.connect(config.server());
        f.addListener(done -> {
            if (!done.isSuccess()) {
                state = PileState.DISCONNECTED;
                scheduleReconnect();
            }
        });
    }

    private void scheduleReconnect() {
        if (!stopped) {
            loop.schedule(this::connect, config.intervals().reconnectDelay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void onConnected(Channel ch) {
        channel = ch;
        connections.incrementAndGet();
        sequence = 0; // the spec resets the counter with every new connection
        missedHeartbeats = 0;
        state = PileState.LOGGING_IN;
        if (loginResult.isDone()) {
            loginResult = new CompletableFuture<>();
        }
        send(new LoginRequest(pile, config.pileType(), guns.length, LoginRequest.PROTOCOL_V16, config.firmware(),
                NetworkType.LAN, "00".repeat(10), Carrier.OTHER));
        loginTimer = loop.schedule(() -> {
            if (state == PileState.LOGGING_IN && channel != null) {
                channel.close();
            }
        }, config.intervals().loginTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void onDisconnected() {
        channel = null;
        cancelConnectionTimers();
        for (Gun g : guns) {
            cancel(g.realTimeTimer);
            cancel(g.billTimer);
        }
        if (online.isDone()) {
            online = new CompletableFuture<>();
        }
        if (!stopped) {
            state = PileState.DISCONNECTED;
            scheduleReconnect();
        }
    }

    private void cancelConnectionTimers() {
        cancel(heartbeatTimer);
        cancel(loginTimer);
    }

    private void goOnline() {
        if (state == PileState.ONLINE) {
            return;
        }
        state = PileState.ONLINE;
        heartbeatTimer = loop.scheduleAtFixedRate(this::heartbeat, 0, config.intervals().heartbeat().toMillis(),
                TimeUnit.MILLISECONDS);
        for (Gun g : guns) {
            if (g.pendingBill != null) {
                sendBill(g); // bills not confirmed before the connection dropped go out first
            }
        }
        for (Gun g : guns) {
            sendRealTime(g, nextSequence());
            scheduleRealTime(g);
        }
        online.complete(null);
    }

    private void heartbeat() {
        if (missedHeartbeats > config.intervals().maxMissedHeartbeats()) {
            channel.close(); // spec 6.3: three unanswered heartbeats mean the link is gone; log in again
            return;
        }
        missedHeartbeats++;
        for (Gun g : guns) {
            send(new Heartbeat(pile, g.no, g.faults.isEmpty() ? GunHealth.NORMAL : GunHealth.FAULT));
        }
    }

    // ---- inbound ------------------------------------------------------------------------------------------------

    private final class Handler extends ChannelInboundHandlerAdapter {
        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            onConnected(ctx.channel());
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            onDisconnected();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof YkcPacket p) {
                observe(false, p);
                framesReceived.incrementAndGet();
                if (p.message() instanceof TransactionRecordConfirm c) {
                    BillLog b = bills.get(c.serial());
                    if (b != null) {
                        b.confirmations.add(c);
                    }
                }
                record(false, p);
                onPacket(p);
            } else if (msg instanceof FrameError) {
                frameErrors.incrementAndGet();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    private void onPacket(YkcPacket p) {
        YkcMessage m = p.message();
        if (state == PileState.LOGGING_IN && !(m instanceof LoginResponse)) {
            return; // before login success a pile accepts nothing else
        }
        if (m instanceof LoginResponse r) {
            onLogin(r);
        } else if (m instanceof HeartbeatResponse) {
            missedHeartbeats = 0;
        } else if (m instanceof BillingModelVerifyResponse r) {
            if (r.result() == ModelVerifyResult.CONSISTENT && model != null) {
                goOnline();
            } else {
                send(new BillingModelRequest(pile));
            }
        } else if (m instanceof BillingModelResponse r) {
            model = r.model();
            goOnline();
        } else if (m instanceof RemoteStartRequest r) {
            onRemoteStart(p, r);
        } else if (m instanceof RemoteStopRequest r) {
            onRemoteStop(p, r);
        } else if (m instanceof PileStartResponse r) {
            onStartAuthorisation(r);
        } else if (m instanceof TransactionRecordConfirm r) {
            onBillConfirmed(r);
        } else if (m instanceof ReadRealTimeData r) {
            if (validGun(r.gunNo())) {
                sendRealTime(gunAt(r.gunNo()), p.sequence());
            }
        } else if (m instanceof TimeSyncRequest r) {
            if (config.followTimeSync()) {
                clockOffset = Duration.between(LocalDateTime.now(config.clock()), r.time());
            }
            reply(p, new TimeSyncResponse(pile, now()));
        } else if (m instanceof BillingModelSetRequest r) {
            model = r.model();
            reply(p, new BillingModelSetResponse(pile, SuccessFlag.SUCCESS));
        } else if (m instanceof RebootRequest r) {
            reply(p, new RebootResponse(pile, SuccessFlag.SUCCESS));
            if (r.execution() == ExecutionControl.WHEN_IDLE && anyCharging()) {
                rebootWhenIdle = true;
            } else {
                reboot();
            }
        } else if (m instanceof BalanceUpdateRequest r) {
            onBalanceUpdate(p, r);
        } else if (m instanceof OfflineCardSyncRequest r) {
            r.cards().forEach(c -> offlineCards.add(c.physicalCard()));
            reply(p, new OfflineCardSyncResponse(pile, SuccessFlag.SUCCESS, OfflineCardSyncFailure.NONE));
        } else if (m instanceof OfflineCardClearRequest r) {
            List<CardClearResult> results = new ArrayList<>();
            for (PhysicalCardNo c : r.cards()) {
                results.add(new CardClearResult(c, offlineCards.remove(c) ? SuccessFlag.SUCCESS
                        : SuccessFlag.FAILURE, 0));
            }
            reply(p, new OfflineCardClearResponse(pile, results));
        } else if (m instanceof OfflineCardQueryRequest r) {
            reply(p, new OfflineCardQueryResponse(pile, r.cards().stream().map(c -> new CardQueryResult(c,
                    offlineCards.contains(c) ? CardPresence.PRESENT : CardPresence.ABSENT)).toList()));
        } else if (m instanceof WorkingParamsRequest) {
            reply(p, new WorkingParamsResponse(pile, SuccessFlag.SUCCESS));
        } else if (m instanceof GroundLockCommand r) {
            reply(p, new GroundLockCommandResponse(pile, r.gunNo(), SuccessFlag.SUCCESS, 0));
        } else if (m instanceof UpdateRequest) {
            // no FTP here: report what a pile without reachable update server would
            reply(p, new UpdateResponse(pile, UpdateStatus.DOWNLOAD_TIMEOUT));
        } else if (m instanceof ParallelRemoteStartRequest r) {
            onParallelRemoteStart(p, r);
        }
    }

    private void onLogin(LoginResponse r) {
        cancel(loginTimer);
        loginResult.complete(r.result());
        if (r.result() != LoginResult.SUCCESS) {
            return; // the platform closes the connection; reconnecting follows from channelInactive
        }
        logins.incrementAndGet();
        state = PileState.SYNCING_MODEL;
        send(new BillingModelVerifyRequest(pile, model != null ? model.id() : BillingModelId.NONE));
    }

    private void onRemoteStart(YkcPacket p, RemoteStartRequest r) {
        RemoteStartFailure failure = remoteStartCheck(r.pileCode(), r.gunNo());
        if (failure == RemoteStartFailure.GUN_NOT_PLUGGED) {
            Gun g = gunAt(r.gunNo());
            g.pendingRemoteStart = r;
            g.pendingRemoteStartDeadline = Instant.now().plusSeconds(60);
        }
        if (failure != RemoteStartFailure.NONE) {
            reply(p, new RemoteStartResponse(r.serial(), pile, r.gunNo(), SuccessFlag.FAILURE, failure));
            return;
        }
        reply(p, new RemoteStartResponse(r.serial(), pile, r.gunNo(), SuccessFlag.SUCCESS, RemoteStartFailure.NONE));
        startSession(gunAt(r.gunNo()), r.serial(), TradeFlag.APP, r.physicalCard(), r.balance(), "");
    }

    private void onParallelRemoteStart(YkcPacket p, ParallelRemoteStartRequest r) {
        RemoteStartFailure failure = remoteStartCheck(r.pileCode(), r.gunNo());
        SuccessFlag result = failure == RemoteStartFailure.NONE ? SuccessFlag.SUCCESS : SuccessFlag.FAILURE;
        reply(p, new ParallelRemoteStartResponse(r.serial(), pile, r.gunNo(), result, failure,
                r.gunNo() == 1 ? GunRole.MASTER : GunRole.SLAVE, r.parallelSerial()));
        if (result == SuccessFlag.SUCCESS) {
            startSession(gunAt(r.gunNo()), r.serial(), TradeFlag.APP, r.physicalCard(), r.balance(), "");
        }
    }

    private RemoteStartFailure remoteStartCheck(PileCode target, int gunNo) {
        if (!target.equals(pile) || !validGun(gunNo)) {
            return RemoteStartFailure.DEVICE_MISMATCH;
        }
        Gun g = gunAt(gunNo);
        if (g.session != null) {
            return RemoteStartFailure.GUN_ALREADY_CHARGING;
        }
        if (!g.faults.isEmpty()) {
            return RemoteStartFailure.DEVICE_FAULT;
        }
        if (!g.plugged) {
            return RemoteStartFailure.GUN_NOT_PLUGGED;
        }
        return RemoteStartFailure.NONE;
    }

    private void onRemoteStop(YkcPacket p, RemoteStopRequest r) {
        if (!r.pileCode().equals(pile) || !validGun(r.gunNo())) {
            reply(p, new RemoteStopResponse(pile, r.gunNo(), SuccessFlag.FAILURE, RemoteStopFailure.DEVICE_MISMATCH));
            return;
        }
        Gun g = gunAt(r.gunNo());
        if (g.session == null) {
            reply(p, new RemoteStopResponse(pile, r.gunNo(), SuccessFlag.FAILURE, RemoteStopFailure.NOT_CHARGING));
            return;
        }
        reply(p, new RemoteStopResponse(pile, r.gunNo(), SuccessFlag.SUCCESS, RemoteStopFailure.NONE));
        stopSession(g, StopReason.APP_REMOTE_STOP);
    }

    private void onStartAuthorisation(PileStartResponse r) {
        if (!validGun(r.gunNo())) {
            return;
        }
        Gun g = gunAt(r.gunNo());
        PendingStart pending = g.pendingStart;
        g.pendingStart = null;
        if (pending == null || g.session != null || r.authResult() != SuccessFlag.SUCCESS) {
            return;
        }
        startSession(g, r.serial(), pending.mode == StartMode.VIN ? TradeFlag.VIN : TradeFlag.CARD, pending.card,
                r.balance(), pending.vin);
    }

    private void onBalanceUpdate(YkcPacket p, BalanceUpdateRequest r) {
        BalanceUpdateResult result;
        if (!r.pileCode().equals(pile) || !validGun(r.gunNo())) {
            result = BalanceUpdateResult.DEVICE_MISMATCH;
        } else {
            Session s = gunAt(r.gunNo()).session;
            if (s == null || (!r.physicalCard().isNone() && !r.physicalCard().equals(s.card))) {
                result = BalanceUpdateResult.CARD_MISMATCH;
            } else {
                s.balance = r.balance();
                result = BalanceUpdateResult.SUCCESS;
            }
        }
        reply(p, new BalanceUpdateResponse(pile, r.physicalCard(), result));
    }

    private void onBillConfirmed(TransactionRecordConfirm r) {
        for (Gun g : guns) {
            // like real firmware: only a 0x40 with result 0x00 and the pending serial stops the resending
            if (g.pendingBill != null && g.pendingBill.serial().equals(r.serial())
                    && r.result() == TransactionConfirmResult.ACCEPTED) {
                g.pendingBill = null;
                g.billsConfirmed++;
                cancel(g.billTimer);
                g.refresh();
            }
        }
    }

    // ---- charging -----------------------------------------------------------------------------------------------

    private void requestStart(Gun g, StartMode mode, PhysicalCardNo card, String vin) {
        if (state != PileState.ONLINE || g.session != null || !g.plugged || !g.faults.isEmpty()) {
            return;
        }
        g.pendingStart = new PendingStart(mode, card, vin);
        send(new PileStartRequest(pile, g.no, mode, false, card, "00".repeat(16), vin));
    }

    private void startSession(Gun g, TransactionSerial serial, TradeFlag flag, PhysicalCardNo card,
            BigDecimal balance, String vin) {
        Session s = new Session(serial, now(), g.meter, flag, card == null ? PhysicalCardNo.NONE : card, balance,
                vin == null ? "" : vin, new BigDecimal(20 + random.nextInt(40)).setScale(4));
        g.session = s;
        g.lastSerial = serial;
        g.refresh();
        if (config.pileType() == PileType.DC) {
            send(handshake(g, s));
            send(parameters(g, s));
        }
        sendRealTime(g, nextSequence()); // status change must be reported at once
        scheduleRealTime(g);
    }

    private void scheduleRealTime(Gun g) {
        cancel(g.realTimeTimer);
        Duration every = g.session != null ? config.intervals().realTimeCharging() : config.intervals().realTimeIdle();
        g.realTimeTimer = loop.schedule(() -> realTimeTick(g), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void realTimeTick(Gun g) {
        if (channel == null) {
            return;
        }
        Session s = g.session;
        if (s != null) {
            accumulate(g, s);
            if (config.pileType() == PileType.DC && s.soc.compareTo(HUNDRED) >= 0) {
                stopSession(g, StopReason.SOC_FULL);
                return;
            }
            if (s.balance != null && s.totalAmount().compareTo(s.balance) >= 0) {
                stopSession(g, StopReason.ABORTED_INSUFFICIENT_BALANCE);
                return;
            }
        }
        sendRealTime(g, nextSequence());
        if (s != null && config.pileType() == PileType.DC) {
            send(demand(g, s));
            send(bmsInfo(g, s));
        }
        scheduleRealTime(g);
    }

    /** Adds the energy delivered since the last tick to the tariff period in force now. */
    private void accumulate(Gun g, Session s) {
        long nowNanos = System.nanoTime();
        long elapsed = nowNanos - s.lastTickNanos;
        s.lastTickNanos = nowNanos;
        s.simulatedNanos += (long) (elapsed * config.timeScale());
        BigDecimal kwh = config.powerKw().multiply(BigDecimal.valueOf(elapsed)).multiply(timeScale)
                .divide(NANOS_PER_HOUR, 4, RoundingMode.HALF_UP);
        BillingModel m = model;
        RatePeriod period = m.periodAt(now().toLocalTime());
        int i = period.ordinal();
        s.energy[i] = s.energy[i].add(kwh);
        // the period's amount is its energy at the period's unit price (the 0x3B's own fields agree, as on real
        // piles), not a sum of rounded increments
        s.amount[i] = s.energy[i].multiply(m.tariff(period).unitPrice()).setScale(4, RoundingMode.HALF_UP);
        g.meter = g.meter.add(kwh);
        if (config.pileType() == PileType.DC) {
            s.soc = s.soc.add(kwh.multiply(HUNDRED).divide(config.batteryKwh(), 4, RoundingMode.HALF_UP)).min(HUNDRED);
        }
        g.refresh();
    }

    private void stopSession(Gun g, StopReason reason) {
        Session s = g.session;
        if (s == null) {
            return;
        }
        accumulate(g, s);
        g.session = null;
        BillingModel m = model;
        PeriodUsage[] usage = new PeriodUsage[4];
        for (RatePeriod period : RatePeriod.values()) {
            int i = period.ordinal();
            usage[i] = new PeriodUsage(m.tariff(period).unitPrice().setScale(5), s.energy[i], s.energy[i], s.amount[i]);
        }
        LocalDateTime end = now();
        if (config.pileType() == PileType.DC) {
            send(new ChargeEnd(s.serial, pile, g.no, s.soc.intValue(), new BigDecimal("3.30"), new BigDecimal("3.65"),
                    25, 32, s.minutes(), s.totalEnergy().setScale(1, RoundingMode.HALF_UP).min(new BigDecimal("6553.5")),
                    1));
        }
        g.pendingBill = new TransactionRecord(s.serial, pile, g.no, s.start, end, usage[0], usage[1], usage[2],
                usage[3], s.meterStart, g.meter, s.totalEnergy(), s.totalEnergy(), s.totalAmount(), s.vin, s.tradeFlag,
                end, reason, s.card);
        bills.put(s.serial, new BillLog(g.pendingBill));
        billOrder.add(s.serial);
        g.refresh();
        sendRealTime(g, nextSequence());
        scheduleRealTime(g);
        sendBill(g);
        if (rebootWhenIdle && !anyCharging()) {
            rebootWhenIdle = false;
            reboot();
        }
    }

    private void sendBill(Gun g) {
        cancel(g.billTimer);
        if (g.pendingBill == null || channel == null) {
            return;
        }
        send(g.pendingBill);
        g.billTimer = loop.schedule(() -> sendBill(g), config.intervals().transactionResend().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void reboot() {
        reboots.incrementAndGet();
        for (Gun g : guns) {
            stopSession(g, StopReason.ABORTED_PILE_POWER_LOSS);
        }
        if (channel != null) {
            Channel ch = channel;
            // give the bills of the aborted sessions a moment to leave before the "power cut"
            loop.schedule(() -> ch.close(), 20, TimeUnit.MILLISECONDS);
        }
    }

    private boolean anyCharging() {
        for (Gun g : guns) {
            if (g.session != null) {
                return true;
            }
        }
        return false;
    }

    // ---- frames the pile builds ---------------------------------------------------------------------------------

    private void sendRealTime(Gun g, int seq) {
        if (channel == null || state != PileState.ONLINE) {
            return;
        }
        Session s = g.session;
        RealTimeData data;
        if (s == null) {
            data = new RealTimeData(TransactionSerial.NONE, pile, g.no,
                    g.faults.isEmpty() ? GunStatus.IDLE : GunStatus.FAULT,
                    g.plugged ? GunHomed.NO : GunHomed.YES, g.plugged, new BigDecimal("0.0"), new BigDecimal("0.0"),
                    -50, "0".repeat(16), 0, -50, 0, 0, ZERO4, ZERO4, ZERO4, HardwareFault.toBits(g.faults));
        } else {
            boolean dc = config.pileType() == PileType.DC;
            BigDecimal volts = dc ? new BigDecimal("400.0") : new BigDecimal("220.0");
            BigDecimal amps = config.powerKw().multiply(BigDecimal.valueOf(1000)).divide(volts, 1, RoundingMode.HALF_UP);
            int soc = dc ? s.soc.intValue() : 0;
            data = new RealTimeData(s.serial, pile, g.no, GunStatus.CHARGING, GunHomed.NO, true, volts, amps, 35,
                    "0".repeat(16), soc, dc ? 30 : -50, s.minutes(), dc ? remainingMinutes(s) : 0, s.totalEnergy(),
                    s.totalEnergy(), s.totalAmount(), 0);
        }
        write(new YkcPacket(seq, false, data));
    }

    private int remainingMinutes(Session s) {
        BigDecimal kwhLeft = HUNDRED.subtract(s.soc).multiply(config.batteryKwh()).divide(HUNDRED, 4,
                RoundingMode.HALF_UP);
        return Math.min(65535, kwhLeft.multiply(BigDecimal.valueOf(60)).divide(config.powerKw(), 0,
                RoundingMode.CEILING).intValue());
    }

    private ChargeHandshake handshake(Gun g, Session s) {
        return new ChargeHandshake(s.serial, pile, g.no, 0x000101, BatteryType.LFP, new BigDecimal("150.0"),
                new BigDecimal("400.0"), "SIMB", "00000001", 2023, 6, 1, 100, true, 0,
                s.vin.isEmpty() ? DEFAULT_VIN : s.vin, "FFFFFF0BE7070A10");
    }

    private ParameterConfig parameters(Gun g, Session s) {
        return new ParameterConfig(s.serial, pile, g.no, new BigDecimal("4.20"), new BigDecimal("250.0"),
                config.batteryKwh().setScale(1, RoundingMode.HALF_UP), new BigDecimal("450.0"), 55,
                s.soc.setScale(1, RoundingMode.HALF_UP), new BigDecimal("380.0"), new BigDecimal("750.0"),
                new BigDecimal("200.0"), new BigDecimal("250.0"), new BigDecimal("0.0"));
    }

    private BmsDemandOutput demand(Gun g, Session s) {
        BigDecimal amps = config.powerKw().multiply(BigDecimal.valueOf(1000)).divide(new BigDecimal("400.0"), 1,
                RoundingMode.HALF_UP);
        return new BmsDemandOutput(s.serial, pile, g.no, new BigDecimal("400.0"), amps, ChargeMode.CONSTANT_CURRENT,
                new BigDecimal("398.0"), amps, new BigDecimal("3.65"), 1, s.soc.intValue(), remainingMinutes(s),
                new BigDecimal("400.0"), amps, s.minutes());
    }

    private BmsInfo bmsInfo(Gun g, Session s) {
        return new BmsInfo(s.serial, pile, g.no, 1, 30, 1, 25, 1, LevelStatus.NORMAL, LevelStatus.NORMAL,
                FlagStatus.NO, FlagStatus.NO, FlagStatus.NO, FlagStatus.NO, FlagStatus.YES, 0);
    }

    // ---- sending and recording ----------------------------------------------------------------------------------

    private int nextSequence() {
        int s = sequence;
        sequence = (sequence + 1) & 0xFFFF;
        return s;
    }

    private void send(YkcMessage m) {
        write(new YkcPacket(nextSequence(), false, m));
    }

    private void reply(YkcPacket request, YkcMessage m) {
        write(YkcPacket.replyTo(request, m));
    }

    private void write(YkcPacket p) {
        Channel ch = channel;
        if (ch == null || !ch.isActive()) {
            return;
        }
        observe(true, p);
        ch.writeAndFlush(p, ch.voidPromise());
        framesSent.incrementAndGet();
        if (p.message() instanceof TransactionRecord r) {
            BillLog b = bills.get(r.serial());
            if (b != null) {
                b.sent.incrementAndGet();
            }
        }
        record(true, p);
    }

    private void observe(boolean outbound, YkcPacket p) {
        PacketObserver o = config.observer();
        if (o != null) {
            o.onPacket(outbound, p, System.nanoTime());
        }
    }

    private void record(boolean outbound, YkcPacket p) {
        if (config.recordTraffic()) {
            traffic.addLast(new TrafficRecord(Instant.now(), outbound, p));
            if (trafficSize.incrementAndGet() > config.recordLimit()) {
                traffic.pollFirst();
                trafficSize.decrementAndGet();
            }
        }
        for (Waiter<?> w : waiters) {
            if (w.offer(outbound, p.message())) {
                waiters.remove(w);
            }
        }
    }

    private <T extends YkcMessage> CompletableFuture<T> when(boolean outbound, Class<T> type,
            Predicate<? super T> filter) {
        Waiter<T> w = new Waiter<>(outbound, type, filter);
        waiters.add(w);
        for (TrafficRecord t : traffic) {
            if (w.offer(t.outbound(), t.packet().message())) {
                break;
            }
        }
        if (w.future.isDone()) {
            waiters.remove(w);
        }
        return w.future;
    }

    private static final class Waiter<T extends YkcMessage> {
        final boolean outbound;
        final Class<T> type;
        final Predicate<? super T> filter;
        final CompletableFuture<T> future = new CompletableFuture<>();

        Waiter(boolean outbound, Class<T> type, Predicate<? super T> filter) {
            this.outbound = outbound;
            this.type = type;
            this.filter = filter;
        }

        boolean offer(boolean out, YkcMessage m) {
            if (out != outbound || !type.isInstance(m) || !filter.test(type.cast(m))) {
                return false;
            }
            future.complete(type.cast(m));
            return true;
        }
    }

    private static <T> T await(CompletableFuture<T> f, Duration timeout, String what) {
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out after " + timeout + " waiting to " + what);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting to " + what);
        }
    }

    private <T> T call(java.util.concurrent.Callable<T> c) {
        try {
            return loop.submit(c).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void cancel(ScheduledFuture<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }

    private boolean validGun(int gunNo) {
        return gunNo >= 1 && gunNo <= guns.length;
    }

    private Gun gunAt(int gunNo) {
        if (!validGun(gunNo)) {
            throw new IllegalArgumentException("pile " + pile + " has guns 1.." + guns.length + ", not " + gunNo);
        }
        return guns[gunNo - 1];
    }

    // ---- per-gun state (event-loop confined) --------------------------------------------------------------------

    private record PendingStart(StartMode mode, PhysicalCardNo card, String vin) {
    }

    private static final class Session {
        final TransactionSerial serial;
        final LocalDateTime start;
        final BigDecimal meterStart;
        final TradeFlag tradeFlag;
        final PhysicalCardNo card;
        final String vin;
        final BigDecimal[] energy = {ZERO4, ZERO4, ZERO4, ZERO4};
        final BigDecimal[] amount = {ZERO4, ZERO4, ZERO4, ZERO4};
        BigDecimal balance;
        BigDecimal soc;
        long lastTickNanos = System.nanoTime();
        long simulatedNanos;

        Session(TransactionSerial serial, LocalDateTime start, BigDecimal meterStart, TradeFlag tradeFlag,
                PhysicalCardNo card, BigDecimal balance, String vin, BigDecimal soc) {
            this.serial = serial;
            this.start = start;
            this.meterStart = meterStart;
            this.tradeFlag = tradeFlag;
            this.card = card;
            this.balance = balance;
            this.vin = vin;
            this.soc = soc;
        }

        BigDecimal totalEnergy() {
            return energy[0].add(energy[1]).add(energy[2]).add(energy[3]);
        }

        BigDecimal totalAmount() {
            return amount[0].add(amount[1]).add(amount[2]).add(amount[3]);
        }

        int minutes() {
            return (int) Math.min(65535, TimeUnit.NANOSECONDS.toMinutes(simulatedNanos));
        }
    }

    private static final class BillLog {
        final TransactionRecord record;
        final AtomicInteger sent = new AtomicInteger();
        final List<TransactionRecordConfirm> confirmations = new CopyOnWriteArrayList<>();

        BillLog(TransactionRecord record) {
            this.record = record;
        }
    }

    private static final class Gun {
        final int no;
        BigDecimal meter;
        boolean plugged = true;
        Session session;
        PendingStart pendingStart;
        RemoteStartRequest pendingRemoteStart;
        Instant pendingRemoteStartDeadline;
        TransactionRecord pendingBill;
        TransactionSerial lastSerial = TransactionSerial.NONE;
        final Set<HardwareFault> faults = EnumSet.noneOf(HardwareFault.class);
        int billsConfirmed;
        ScheduledFuture<?> realTimeTimer;
        ScheduledFuture<?> billTimer;
        volatile GunSnapshot snapshot;

        Gun(int no, BigDecimal meter) {
            this.no = no;
            this.meter = meter;
            refresh();
        }

        void refresh() {
            Session s = session;
            GunStatus status = s != null ? GunStatus.CHARGING : faults.isEmpty() ? GunStatus.IDLE : GunStatus.FAULT;
            snapshot = new GunSnapshot(no, status, plugged, lastSerial,
                    s != null ? s.totalEnergy() : ZERO4, s != null ? s.totalAmount() : ZERO4,
                    s != null ? s.soc.intValue() : 0, pendingBill != null, billsConfirmed);
        }
    }

    @Override
    public String toString() {
        return "SimulatedPile[" + pile + " " + state + " guns=" + guns() + "]";
    }
}
