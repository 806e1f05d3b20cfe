package io.chargeops.pile.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.*;
import io.chargeops.pile.protocol.ykc.types.*;
import io.netty.channel.nio.NioEventLoopGroup;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Simulated piles against an in-test platform over real TCP on loopback. */
class SimulatedPileTest {
    // how long to wait for an expected frame; generous because CI machines are small and sometimes busy
    private static final Duration T = Duration.ofSeconds(30);
    private static final PileCode PILE = PileCode.of("32010600000001");

    private TestPlatform platform;
    private NioEventLoopGroup group;
    private SimulatedPile pile;

    @BeforeEach
    void setUp() {
        platform = new TestPlatform();
        group = new NioEventLoopGroup(2);
    }

    @AfterEach
    void tearDown() {
        if (pile != null) {
            pile.close();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        platform.close();
    }

    private PileConfig.Builder config() {
        return PileConfig.builder(PILE.digits()).guns(2).server("127.0.0.1", platform.port())
                .intervals(SimIntervals.fast()).timeScale(600);
    }

    private SimulatedPile startOnline(PileConfig.Builder b) {
        pile = SimulatedPile.start(b.build(), group);
        assertThat(pile.loginResult()).succeedsWithin(T).isEqualTo(LoginResult.SUCCESS);
        return pile.awaitOnline(T);
    }

    private TransactionSerial serial(int gun) {
        return TransactionSerial.generate(PILE, gun, LocalDateTime.now(), gun);
    }

    @Test
    void rawBytesGoOutBetweenFramesOnTheSameConnection() {
        startOnline(config());
        int heartbeats = platform.received(PILE, Heartbeat.class).size();
        assertThat(pile.sendRaw(new byte[] {0x01, 0x02, 0x03, 0x04})).isTrue();
        long deadline = System.nanoTime() + T.toNanos();
        while (platform.frameErrors.get() == 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(platform.frameErrors.get()).as("garbage seen by the platform's decoder").isPositive();
        platform.await(PILE, Heartbeat.class, h -> platform.received(PILE, Heartbeat.class).size() > heartbeats + 2, T);
        assertThat(pile.connections()).isEqualTo(1);
        pile.close();
        assertThat(pile.sendRaw(new byte[] {0x01})).as("nothing goes out once stopped").isFalse();
    }

    @Test
    void logsInFetchesTheBillingModelAndSendsHeartbeatsPerGun() {
        startOnline(config().billingModel(null));
        LoginRequest login = platform.await(PILE, LoginRequest.class, x -> true, T);
        assertThat(login.gunCount()).isEqualTo(2);
        assertThat(login.protocolVersion()).isEqualTo(0x10);
        assertThat(platform.await(PILE, BillingModelVerifyRequest.class, x -> true, T).modelId())
                .isEqualTo(BillingModelId.NONE);
        platform.await(PILE, BillingModelRequest.class, x -> true, T);
        assertThat(pile.billingModel()).isEqualTo(platform.model);
        platform.await(PILE, Heartbeat.class, h -> h.gunNo() == 1, T);
        platform.await(PILE, Heartbeat.class, h -> h.gunNo() == 2, T);
        pile.awaitReceived(HeartbeatResponse.class, r -> r.gunNo() == 2, T);
        RealTimeData idle = platform.await(PILE, RealTimeData.class, r -> r.gunNo() == 2, T);
        assertThat(idle.status()).isEqualTo(GunStatus.IDLE);
        assertThat(idle.serial()).isEqualTo(TransactionSerial.NONE);
        assertThat(pile.state()).isEqualTo(PileState.ONLINE);
    }

    @Test
    void knownModelIsOnlyVerified() {
        startOnline(config().billingModel(platform.model));
        assertThat(platform.received(PILE, BillingModelRequest.class)).isEmpty();
    }

    @Test
    void remoteStartChargesWithRisingEnergyAndEndsWithAConsistentBill() {
        startOnline(config().billingModel(null));
        TransactionSerial serial = serial(1);
        platform.send(PILE, new RemoteStartRequest(serial, PILE, 1, LogicalCardNo.NONE,
                PhysicalCardNo.of("00000000D14B0A54"), new BigDecimal("500.00")));
        RemoteStartResponse ok = platform.await(PILE, RemoteStartResponse.class, r -> true, T);
        assertThat(ok.result()).isEqualTo(SuccessFlag.SUCCESS);
        assertThat(ok.serial()).isEqualTo(serial);
        platform.await(PILE, ChargeHandshake.class, h -> h.serial().equals(serial), T);
        platform.await(PILE, ParameterConfig.class, h -> h.serial().equals(serial), T);
        RealTimeData early = platform.await(PILE, RealTimeData.class,
                r -> r.serial().equals(serial) && r.energy().signum() > 0, T);
        RealTimeData later = platform.await(PILE, RealTimeData.class,
                r -> r.serial().equals(serial) && r.energy().compareTo(early.energy()) > 0 && r.soc() > early.soc(), T);
        assertThat(later.status()).isEqualTo(GunStatus.CHARGING);
        assertThat(later.amount()).isGreaterThan(early.amount());
        platform.await(PILE, BmsDemandOutput.class, r -> r.serial().equals(serial), T);
        platform.await(PILE, BmsInfo.class, r -> r.serial().equals(serial), T);
        assertThat(pile.gun(1).charging()).isTrue();

        platform.send(PILE, new RemoteStopRequest(PILE, 1));
        assertThat(platform.await(PILE, RemoteStopResponse.class, r -> true, T).result())
                .isEqualTo(SuccessFlag.SUCCESS);
        platform.await(PILE, ChargeEnd.class, r -> r.serial().equals(serial), T);
        TransactionRecord bill = platform.await(PILE, TransactionRecord.class, r -> r.serial().equals(serial), T);
        assertThat(bill.stopReason()).isEqualTo(StopReason.APP_REMOTE_STOP);
        assertThat(bill.tradeFlag()).isEqualTo(TradeFlag.APP);
        assertThat(bill.physicalCard()).isEqualTo(PhysicalCardNo.of("00000000D14B0A54"));
        BigDecimal energy = BigDecimal.ZERO;
        BigDecimal amount = BigDecimal.ZERO;
        for (RatePeriod period : RatePeriod.values()) {
            PeriodUsage u = bill.usage(period);
            energy = energy.add(u.energy());
            amount = amount.add(u.amount());
            assertThat(u.unitPrice()).isEqualTo(platform.model.tariff(period).unitPrice());
        }
        assertThat(bill.totalEnergy()).isPositive().isEqualTo(energy);
        assertThat(bill.totalAmount()).isEqualTo(amount);
        assertThat(bill.meterStop().subtract(bill.meterStart())).isEqualTo(bill.totalEnergy());
        assertThat(bill.totalEnergy()).isGreaterThanOrEqualTo(later.energy());
        platform.await(PILE, RealTimeData.class, r -> r.status() == GunStatus.IDLE && r.gunNo() == 1
                && platform.received(PILE, TransactionRecord.class).size() > 0, T);
        pile.awaitReceived(TransactionRecordConfirm.class, c -> c.serial().equals(serial), T);
        awaitTrue(() -> !pile.gun(1).billPending() && pile.gun(1).billsConfirmed() == 1);
        assertThat(pile.gun(1).status()).isEqualTo(GunStatus.IDLE);
    }

    @Test
    void billIsResentUntilConfirmed() {
        platform.billsToIgnore.set(2);
        startOnline(config());
        TransactionSerial serial = serial(2);
        platform.send(PILE, new RemoteStartRequest(serial, PILE, 2, LogicalCardNo.NONE, PhysicalCardNo.NONE,
                new BigDecimal("50.00")));
        platform.await(PILE, RealTimeData.class, r -> r.serial().equals(serial), T);
        pile.stopLocally(2);
        awaitTrue(() -> pile.gun(2).billsConfirmed() == 1);
        List<TransactionRecord> bills = platform.received(PILE, TransactionRecord.class);
        assertThat(bills).hasSize(3).allMatch(b -> b.serial().equals(serial) && b.equals(bills.get(0)));
        assertThat(bills.get(0).stopReason()).isEqualTo(StopReason.MANUAL_STOP);
        sleep(500);
        assertThat(platform.received(PILE, TransactionRecord.class)).hasSize(3);
    }

    @Test
    void cardSwipeStartsAfterAuthorisationWithThePlatformsSerial() {
        startOnline(config());
        PhysicalCardNo card = PhysicalCardNo.of("7805AF3703000000");
        pile.swipeCard(1, card);
        PileStartRequest req = platform.await(PILE, PileStartRequest.class, r -> true, T);
        assertThat(req.startMode()).isEqualTo(StartMode.CARD);
        assertThat(req.accountOrCard()).isEqualTo(card);
        PileStartResponse auth = pile.awaitReceived(PileStartResponse.class, r -> true, T);
        RealTimeData charging = platform.await(PILE, RealTimeData.class,
                r -> r.status() == GunStatus.CHARGING && r.serial().equals(auth.serial()), T);
        assertThat(charging.gunNo()).isEqualTo(1);
        pile.stopLocally(1);
        TransactionRecord bill = platform.await(PILE, TransactionRecord.class, r -> r.serial().equals(auth.serial()),
                T);
        assertThat(bill.tradeFlag()).isEqualTo(TradeFlag.CARD);
        assertThat(bill.physicalCard()).isEqualTo(card);
    }

    @Test
    void vinStartSendsTheVinAndRefusedCardsDoNotStart() {
        platform.authoriseCards = false;
        startOnline(config());
        pile.startWithVin(2, "LSVAU2180N2183294");
        PileStartRequest req = platform.await(PILE, PileStartRequest.class, r -> r.startMode() == StartMode.VIN, T);
        assertThat(req.vin()).isEqualTo("LSVAU2180N2183294");
        pile.awaitReceived(PileStartResponse.class, r -> r.authResult() == SuccessFlag.FAILURE, T);
        sleep(200);
        assertThat(pile.gun(2).charging()).isFalse();
    }

    @Test
    void remoteStartIsRefusedWhenBusyOrUnpluggedAndLateSuccessFollowsPlugging() {
        startOnline(config());
        TransactionSerial first = serial(1);
        platform.send(PILE, new RemoteStartRequest(first, PILE, 1, LogicalCardNo.NONE, PhysicalCardNo.NONE,
                new BigDecimal("50.00")));
        platform.await(PILE, RemoteStartResponse.class, r -> r.serial().equals(first), T);
        TransactionSerial second = TransactionSerial.generate(PILE, 1, LocalDateTime.now(), 99);
        platform.send(PILE, new RemoteStartRequest(second, PILE, 1, LogicalCardNo.NONE, PhysicalCardNo.NONE,
                new BigDecimal("50.00")));
        assertThat(platform.await(PILE, RemoteStartResponse.class, r -> r.serial().equals(second), T).failureReason())
                .isEqualTo(RemoteStartFailure.GUN_ALREADY_CHARGING);

        pile.unplug(2);
        awaitTrue(() -> !pile.gun(2).plugged());
        TransactionSerial third = serial(2);
        platform.send(PILE, new RemoteStartRequest(third, PILE, 2, LogicalCardNo.NONE, PhysicalCardNo.NONE,
                new BigDecimal("50.00")));
        assertThat(platform.await(PILE, RemoteStartResponse.class, r -> r.serial().equals(third), T).failureReason())
                .isEqualTo(RemoteStartFailure.GUN_NOT_PLUGGED);
        pile.plugIn(2);
        platform.await(PILE, RemoteStartResponse.class,
                r -> r.serial().equals(third) && r.result() == SuccessFlag.SUCCESS, T);
        awaitTrue(() -> pile.gun(2).charging());

        platform.send(PILE, new RemoteStopRequest(PILE, 1));
        platform.await(PILE, RemoteStopResponse.class, r -> r.result() == SuccessFlag.SUCCESS, T);
        awaitTrue(() -> !pile.gun(1).charging());
        platform.send(PILE, new RemoteStopRequest(PILE, 1));
        platform.await(PILE, RemoteStopResponse.class, r -> r.failureReason() == RemoteStopFailure.NOT_CHARGING, T);
    }

    @Test
    void answersTimeSyncModelPushReadRequestAndReboots() {
        startOnline(config());
        LocalDateTime platformTime = LocalDateTime.of(2030, 5, 4, 3, 2, 1, 5_000_000);
        platform.send(PILE, new TimeSyncRequest(PILE, platformTime));
        TimeSyncResponse t = platform.await(PILE, TimeSyncResponse.class, r -> true, T);
        assertThat(Duration.between(platformTime, t.time()).abs()).isLessThan(Duration.ofSeconds(2));

        BillingModel pushed = BillingModel.flatRate(BillingModelId.of("0777"),
                new Tariff(new BigDecimal("2.00000"), new BigDecimal("0.50000")));
        platform.send(PILE, new BillingModelSetRequest(PILE, pushed));
        assertThat(platform.await(PILE, BillingModelSetResponse.class, r -> true, T).result())
                .isEqualTo(SuccessFlag.SUCCESS);
        assertThat(pile.billingModel()).isEqualTo(pushed);

        platform.seq.set(0x0777);
        platform.send(PILE, new ReadRealTimeData(PILE, 2));
        awaitTrue(() -> platform.inbound.stream().anyMatch(i -> i.packet().sequence() == 0x0777
                && i.packet().message() instanceof RealTimeData r && r.gunNo() == 2));

        platform.send(PILE, new RebootRequest(PILE, ExecutionControl.IMMEDIATELY));
        platform.await(PILE, RebootResponse.class, r -> r.result() == SuccessFlag.SUCCESS, T);
        awaitTrue(() -> pile.logins() == 2);
        assertThat(pile.reboots()).isEqualTo(1);
        assertThat(pile.connections()).isEqualTo(2);
    }

    @Test
    void offlineCardsAndOtherCommandsAreAnswered() {
        startOnline(config());
        PhysicalCardNo card = PhysicalCardNo.of("00000000D14B0A54");
        platform.send(PILE, new OfflineCardSyncRequest(PILE, List.of(new OfflineCard(LogicalCardNo.NONE, card))));
        platform.await(PILE, OfflineCardSyncResponse.class, r -> r.result() == SuccessFlag.SUCCESS, T);
        platform.send(PILE, new OfflineCardQueryRequest(PILE, List.of(card, PhysicalCardNo.NONE)));
        assertThat(platform.await(PILE, OfflineCardQueryResponse.class, r -> true, T).results())
                .extracting(CardQueryResult::presence).containsExactly(CardPresence.PRESENT, CardPresence.ABSENT);
        platform.send(PILE, new OfflineCardClearRequest(PILE, List.of(card)));
        platform.await(PILE, OfflineCardClearResponse.class, r -> r.results().get(0).cleared() == SuccessFlag.SUCCESS,
                T);
        assertThat(pile.holdsOfflineCard(card)).isFalse();
        platform.send(PILE, new WorkingParamsRequest(PILE, WorkPermission.ALLOWED, 80));
        platform.await(PILE, WorkingParamsResponse.class, r -> true, T);
        platform.send(PILE, new GroundLockCommand(PILE, 1, LockCommand.RAISE, 0));
        platform.await(PILE, GroundLockCommandResponse.class, r -> true, T);
        platform.send(PILE, new BalanceUpdateRequest(PILE, 1, PhysicalCardNo.NONE, new BigDecimal("10.00")));
        assertThat(platform.await(PILE, BalanceUpdateResponse.class, r -> true, T).result())
                .isEqualTo(BalanceUpdateResult.CARD_MISMATCH); // nothing charging on gun 1
    }

    @Test
    void repliesEchoTheRequestSequenceNumber() {
        startOnline(config());
        platform.seq.set(0x1234);
        platform.send(PILE, new TimeSyncRequest(PILE, LocalDateTime.now().withNano(0)));
        YkcPacket reply = platform.awaitPacket(PILE, TimeSyncResponse.class, T);
        assertThat(reply.sequence()).isEqualTo(0x1234);
    }

    @Test
    void reconnectsWhenHeartbeatsGoUnanswered() {
        startOnline(config());
        platform.answerHeartbeats = false;
        awaitTrue(() -> pile.connections() >= 2);
        platform.answerHeartbeats = true;
        pile.awaitOnline(T);
    }

    @Test
    void retriesLoginAfterRefusal() {
        platform.acceptLogins = false;
        pile = SimulatedPile.start(config().build(), group);
        assertThat(pile.loginResult()).succeedsWithin(T).isEqualTo(LoginResult.FAILURE);
        platform.acceptLogins = true;
        pile.awaitOnline(T);
        assertThat(pile.connections()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void connectsFromASecondLoopbackAddress() {
        startOnline(config().localAddress(new InetSocketAddress("127.0.0.2", 0)));
        TestPlatform.Inbound login = platform.inbound.get(0);
        assertThat(login.from().getAddress().getHostAddress()).isEqualTo("127.0.0.2");
    }

    @Test
    void clockThatIgnoresTimeSyncPlacesASessionAcrossATariffBoundary() {
        // the test platform's model changes period every half hour: slot 21 (10:30) PEAK, slot 22 (11:00) FLAT
        SimClock clock = SimClock.pausedAt(LocalDateTime.of(2026, 3, 2, 10, 59, 50), ZoneId.of("Asia/Shanghai"));
        startOnline(config().billingModel(platform.model).clock(clock).followTimeSync(false).timeScale(60));
        platform.send(PILE, new TimeSyncRequest(PILE, LocalDateTime.of(2030, 5, 4, 3, 2, 1)));
        platform.await(PILE, TimeSyncResponse.class, r -> true, T);
        assertThat(pile.now()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 59, 50));

        TransactionSerial serial = serial(1);
        platform.send(PILE, new RemoteStartRequest(serial, PILE, 1, LogicalCardNo.NONE, PhysicalCardNo.NONE,
                new BigDecimal("500.00")));
        awaitTrue(() -> pile.gun(1).charging());
        clock.run(60);
        awaitTrue(() -> pile.now().isAfter(LocalDateTime.of(2026, 3, 2, 11, 0, 20)));
        pile.stopLocally(1);
        TransactionRecord bill = platform.await(PILE, TransactionRecord.class, r -> r.serial().equals(serial), T);

        assertThat(bill.startTime()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 59, 50));
        assertThat(bill.endTime()).isAfter(LocalDateTime.of(2026, 3, 2, 11, 0, 20));
        assertThat(bill.peak().energy()).isPositive();
        assertThat(bill.flat().energy()).isPositive();
        assertThat(bill.sharp().energy()).isZero();
        assertThat(bill.valley().energy()).isZero();
        assertThat(bill.peak().amount()).isEqualByComparingTo(bill.peak().energy()
                .multiply(platform.model.peak().unitPrice()).setScale(4, java.math.RoundingMode.HALF_UP));
        assertThat(pile.lastTransactionRecord(1)).contains(bill);
        assertThat(pile.transactionRecords()).containsExactly(bill);
    }

    @Test
    void lastBillCanBeResentAfterItWasConfirmedAndEveryConfirmationIsKept() {
        startOnline(config());
        TransactionSerial serial = serial(2);
        platform.send(PILE, new RemoteStartRequest(serial, PILE, 2, LogicalCardNo.NONE, PhysicalCardNo.NONE,
                new BigDecimal("50.00")));
        awaitTrue(() -> pile.gun(2).charging());
        pile.stopLocally(2);
        assertThat(pile.awaitConfirmations(serial, 1, T)).hasSize(1);
        awaitTrue(() -> !pile.gun(2).billPending());

        TransactionRecord first = pile.lastTransactionRecord(2).orElseThrow();
        assertThat(pile.resendLastBill(2)).isEqualTo(first);
        assertThat(pile.resendLastBill(2)).isEqualTo(first);
        List<TransactionRecordConfirm> confirms = pile.awaitConfirmations(serial, 3, T);

        assertThat(confirms).hasSize(3).allMatch(c -> c.equals(confirms.get(0)));
        assertThat(confirms.get(0).result()).isEqualTo(TransactionConfirmResult.ACCEPTED);
        assertThat(pile.timesSent(serial)).isEqualTo(3);
        assertThat(platform.received(PILE, TransactionRecord.class)).hasSize(3).containsOnly(first);
        assertThat(pile.gun(2).billsConfirmed()).isEqualTo(1);
        assertThat(pile.confirmations(serial(1))).isEmpty();
    }

    @Test
    void faultedGunReportsTheFaultRefusesStartsAndEndsARunningSession() {
        startOnline(config());
        TransactionSerial serial = serial(1);
        platform.send(PILE, new RemoteStartRequest(serial, PILE, 1, LogicalCardNo.NONE, PhysicalCardNo.NONE,
                new BigDecimal("50.00")));
        awaitTrue(() -> pile.gun(1).charging());
        pile.fault(1, HardwareFault.EMERGENCY_STOP);
        TransactionRecord bill = platform.await(PILE, TransactionRecord.class, r -> r.serial().equals(serial), T);
        assertThat(bill.stopReason()).isEqualTo(StopReason.ABORTED_EMERGENCY_STOP);
        RealTimeData faulted = platform.await(PILE, RealTimeData.class,
                r -> r.gunNo() == 1 && r.status() == GunStatus.FAULT, T);
        assertThat(faulted.faults()).containsExactly(HardwareFault.EMERGENCY_STOP);
        platform.await(PILE, Heartbeat.class, h -> h.gunNo() == 1 && h.gunHealth() == GunHealth.FAULT, T);
        assertThat(pile.gun(1).status()).isEqualTo(GunStatus.FAULT);

        TransactionSerial refused = TransactionSerial.generate(PILE, 1, LocalDateTime.now(), 7);
        platform.send(PILE, new RemoteStartRequest(refused, PILE, 1, LogicalCardNo.NONE, PhysicalCardNo.NONE,
                new BigDecimal("50.00")));
        assertThat(platform.await(PILE, RemoteStartResponse.class, r -> r.serial().equals(refused), T)
                .failureReason()).isEqualTo(RemoteStartFailure.DEVICE_FAULT);

        pile.clearFault(1);
        awaitTrue(() -> pile.gun(1).status() == GunStatus.IDLE);
        platform.await(PILE, RealTimeData.class, r -> r.gunNo() == 1 && r.status() == GunStatus.IDLE
                && platform.received(PILE, RealTimeData.class).stream().anyMatch(x -> x.status() == GunStatus.FAULT), T);
    }

    @Test
    void billsPendingAtReconnectGoOutBeforeTheStatusFrames() {
        platform.billsToIgnore.set(1);
        startOnline(config().intervals(SimIntervals.fast().withTransactionResend(Duration.ofMinutes(5))));
        TransactionSerial serial = serial(1);
        platform.send(PILE, new RemoteStartRequest(serial, PILE, 1, LogicalCardNo.NONE, PhysicalCardNo.NONE,
                new BigDecimal("50.00")));
        awaitTrue(() -> pile.gun(1).charging());
        pile.stopLocally(1);
        platform.await(PILE, TransactionRecord.class, r -> r.serial().equals(serial), T);
        platform.inbound.clear();
        pile.dropConnection();
        pile.awaitConfirmations(serial, 1, T);
        List<String> afterLogin = platform.inbound.stream().map(i -> i.packet().message())
                .filter(m -> m instanceof TransactionRecord || m instanceof RealTimeData)
                .map(m -> m.getClass().getSimpleName()).toList();
        assertThat(afterLogin).first().isEqualTo("TransactionRecord");
        assertThat(pile.timesSent(serial)).isEqualTo(2);
    }

    static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + T.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + T);
            }
            sleep(10);
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
