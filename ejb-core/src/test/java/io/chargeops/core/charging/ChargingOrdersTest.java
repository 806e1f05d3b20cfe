package io.chargeops.core.charging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.RefusedException;
import io.chargeops.core.identity.AppUsers;
import io.chargeops.core.messaging.DomainEventPublisher;
import io.chargeops.core.persistence.TestDatabase;
import io.chargeops.core.pile.PileRecords.PileOwner;
import io.chargeops.core.tariff.TariffInForce;
import io.chargeops.core.tariff.pricing.PileBillCheck;
import io.chargeops.core.wallet.LedgerLine;
import io.chargeops.core.wallet.WalletService;
import io.chargeops.core.wallet.WalletView;
import io.chargeops.pile.protocol.ykc.message.PeriodUsage;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.types.GunHomed;
import io.chargeops.pile.protocol.ykc.types.GunStatus;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.StopReason;
import io.chargeops.pile.protocol.ykc.types.TradeFlag;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The charging units of work against a real H2 built by the migrations and the demo seed (wallet 1 of user
 * 13800000000 holds 100 元; tariff version 1: PEAK 1.02540 + 0.80000, FLAT 0.62310 + 0.60000 per kWh).
 */
class ChargingOrdersTest {

    static TestDatabase db;
    static final List<Object> published = new ArrayList<>();
    static final PileOwner DEMO = new PileOwner(1L, 1L, 1L);
    static final String PILE = "32010600000001";
    static int serials;

    @BeforeAll
    static void start() {
        db = TestDatabase.withDemoData();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void startFreezesThePrepayAndASecondStartOnTheGunIsRefused() {
        String serial = open("3201060000000101", 1, "30.00");
        try {
            assertThat(wallet().frozen()).isEqualByComparingTo("30.00");
            assertThat(order(serial).state()).isEqualTo(OrderState.STARTING);

            assertThatThrownBy(() -> open("3201060000000101", 1, "10.00"))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("gun-busy"));
            assertThat(wallet().frozen()).as("the refused start froze nothing").isEqualByComparingTo("30.00");
        } finally {
            tx(o -> o.startFailed(serial, "test over", "test", Instant.now()));
        }
        assertThat(wallet().frozen()).isEqualByComparingTo("0");
        assertThat(order(serial).state()).isEqualTo(OrderState.FAILED);
    }

    @Test
    void aPrepayAboveTheBalanceIsRefusedAndNothingIsKept() {
        WalletView before = wallet();
        assertThatThrownBy(() -> open("3201060000000102", 2, "100000.00"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("insufficient-balance"));
        assertThat(wallet()).isEqualTo(before);
        java.util.Optional<ChargingOrderView> inProgress = tx(o -> o.inProgressOn("3201060000000102"));
        assertThat(inProgress).isEmpty();
    }

    @Test
    void aTransactionRecordSettlesOnceAtThePlatformsPricesAndResendsChangeNothing() {
        WalletView before = wallet();
        String serial = open("3201060000000101", 1, "50.00");
        tx(o -> o.startConfirmed(serial, Instant.now()));
        // 3.2100 kWh in 峰 (PEAK) and 1.5000 kWh in 平 (FLAT): the session crossed 11:00
        TransactionRecord record = record(serial, "3.2100", "1.5000", "5.9900");

        ChargingOrders.Settled first = tx(o -> o.settle(record, "3201060000000101", DEMO, Instant.now()));
        ChargingOrders.Settled again = tx(o -> o.settle(record, "3201060000000101", DEMO, Instant.now()));
        ChargingOrders.Settled third = tx(o -> o.settle(record, "3201060000000101", DEMO, Instant.now()));

        // computed here from the seed's prices: 3.21 × (1.0254 + 0.8) + 1.5 × (0.6231 + 0.6)
        BigDecimal peak = new BigDecimal("3.2100").multiply(new BigDecimal("1.02540")).setScale(4, java.math.RoundingMode.HALF_UP)
                .add(new BigDecimal("3.2100").multiply(new BigDecimal("0.80000")).setScale(4, java.math.RoundingMode.HALF_UP));
        BigDecimal flat = new BigDecimal("1.5000").multiply(new BigDecimal("0.62310")).setScale(4, java.math.RoundingMode.HALF_UP)
                .add(new BigDecimal("1.5000").multiply(new BigDecimal("0.60000")).setScale(4, java.math.RoundingMode.HALF_UP));
        BigDecimal payable = peak.add(flat).setScale(2, java.math.RoundingMode.HALF_UP);

        assertThat(first.firstTime()).isTrue();
        assertThat(again.firstTime()).isFalse();
        assertThat(third.firstTime()).isFalse();
        ChargingOrderView settled = order(serial);
        assertThat(settled.state()).isEqualTo(OrderState.SETTLED);
        assertThat(settled.confirmations()).isEqualTo(3);
        assertThat(settled.settlement().payableAmount()).isEqualByComparingTo(payable);
        assertThat(settled.settlement().paidAmount()).isEqualByComparingTo(payable);
        assertThat(settled.settlement().pileCheck()).isEqualTo("MISMATCH"); // the pile's 5.99 is not the platform's
        assertThat(settled.settlement().lines()).extracting(ChargingOrderView.Line::rateType, ChargingOrderView.Line::energyKwh)
                .contains(org.assertj.core.groups.Tuple.tuple("PEAK", new BigDecimal("3.2100")),
                        org.assertj.core.groups.Tuple.tuple("FLAT", new BigDecimal("1.5000")));

        WalletView after = wallet();
        assertThat(after.balance()).isEqualByComparingTo(before.balance().subtract(payable));
        assertThat(after.frozen()).isEqualByComparingTo(before.frozen());
        List<LedgerLine> entries = db.read(em -> wallets(em).ledgerLines(1L));
        assertThat(entries.stream().filter(e -> serial.equals(e.refId())).map(e -> e.type().name()))
                .as("one freeze, one debit, one unfreeze, whatever the resends").containsExactly("FREEZE", "CHARGE_DEBIT", "UNFREEZE");
        List<io.chargeops.core.wallet.WalletDrift> drifts = db.read(em -> wallets(em).drifts());
        assertThat(drifts).isEmpty();
        java.util.Optional<ChargingOrderView> inProgress = tx(o -> o.inProgressOn("3201060000000101"));
        assertThat(inProgress).as("the gun is free again").isEmpty();
    }

    /** Found by the fault campaign (flapping): a stop sent while the pile was offline was never repeated. */
    @Test
    void aGunStillChargingSomeSecondsAfterTheStopRequestIsAskedToStopAgain() {
        String gun = "3201060000000101";
        String serial = open(gun, 1, "20.00");
        Instant t = Instant.now();
        tx(o -> o.startConfirmed(serial, t));
        tx(o -> o.stopRequested(serial, "test", t));
        try {
            ChargingOrders.LiveOutcome early = live(gun, serial, GunStatus.CHARGING, t.plusSeconds(2));
            assertThat(early).as("a 0x13 sent before the 0x36 arrived").isEqualTo(ChargingOrders.LiveOutcome.UPDATED);
            ChargingOrders.LiveOutcome later = live(gun, serial, GunStatus.CHARGING, t.plusSeconds(6));
            assertThat(later).isEqualTo(ChargingOrders.LiveOutcome.STILL_CHARGING_AFTER_STOP);
            List<OrderEventView> trail = tx(o -> o.trail(serial));
            assertThat(trail).extracting(OrderEventView::kind).contains("STILL_CHARGING");
            assertThat(order(serial).state()).isEqualTo(OrderState.STOPPING);
            ChargingOrders.LiveOutcome stopped = live(gun, serial, GunStatus.IDLE, t.plusSeconds(8));
            assertThat(stopped).as("the pile stopped: the record is due, nothing more to ask")
                    .isEqualTo(ChargingOrders.LiveOutcome.UPDATED);
        } finally {
            tx(o -> o.settle(record(serial, "0.1000", "0.0000", "0.1825"), gun, DEMO, Instant.now()));
        }
        assertThat(order(serial).state()).isEqualTo(OrderState.SETTLED);
    }

    /** The pile was away past the stop deadline (ABNORMAL) and comes back still charging: it is asked to stop. */
    @Test
    void aGunStillChargingAnOrderThatWentAbnormalAfterItsStopIsAskedToStop() {
        String gun = "3201060000000101";
        String serial = open(gun, 1, "20.00");
        Instant t = Instant.now();
        tx(o -> o.startConfirmed(serial, t));
        tx(o -> o.stopRequested(serial, "test", t));
        try {
            Instant late = t.plus(settings().stopTimeout()).plusSeconds(1);
            java.util.Optional<ChargingOrders.Expired> expired = tx(o -> o.expire(serial, late));
            assertThat(expired).isPresent();
            assertThat(order(serial).state()).isEqualTo(OrderState.ABNORMAL);
            ChargingOrders.LiveOutcome back = live(gun, serial, GunStatus.CHARGING, late.plusSeconds(5));
            assertThat(back).isEqualTo(ChargingOrders.LiveOutcome.STILL_CHARGING_AFTER_STOP);
            assertThat(order(serial).state()).as("still abnormal until its record comes").isEqualTo(OrderState.ABNORMAL);
        } finally {
            tx(o -> o.settle(record(serial, "0.1000", "0.0000", "0.1825"), gun, DEMO, Instant.now()));
        }
        assertThat(order(serial).state()).isEqualTo(OrderState.SETTLED);
    }

    private static ChargingOrders.LiveOutcome live(String gun, String serial, GunStatus status, Instant at) {
        RealTimeData data = realTime(serial, status);
        return tx(o -> o.realTimeData(gun, data, at));
    }

    private static RealTimeData realTime(String serial, GunStatus status) {
        return new RealTimeData(TransactionSerial.of(serial), PileCode.of(PILE), 1, status, GunHomed.NO, true,
                new BigDecimal("220.0"), new BigDecimal("31.8"), 35, "0".repeat(16), 0, -50, 1, 0,
                new BigDecimal("0.1000"), new BigDecimal("0.1000"), new BigDecimal("0.1825"), 0);
    }

    @Test
    void aStartNotAnsweredInTimeFailsAndReleasesThePrepay() {
        String serial = open("3201060000000102", 2, "20.00");
        Instant later = Instant.now().plusSeconds(91);
        List<String> overdue = tx(o -> o.overdue(later, 10));
        assertThat(overdue).contains(serial);
        ChargingOrders.Expired expired = tx(o -> o.expire(serial, later)).orElseThrow();
        assertThat(expired.startTimedOut()).isTrue();
        assertThat(order(serial).state()).isEqualTo(OrderState.FAILED);
        assertThat(order(serial).failureReason()).contains("90 s");
        assertThat(wallet().frozen()).isEqualByComparingTo("0");
    }

    @Test
    void aRecordWithoutAnOrderIsKeptAsAbnormalAndAnOperatorSettlesItWithAReason() {
        String serial = TransactionSerial.generate(PileCode.of(PILE), 2, LocalDateTime.now(), 9000 + serials++).digits();
        ChargingOrders.Settled kept = tx(o -> o.settle(record(serial, "1.0000", "0.0000", "1.8254"), "3201060000000102",
                DEMO, Instant.now()));
        assertThat(kept.order().state()).isEqualTo(OrderState.ABNORMAL);
        assertThat(kept.order().abnormalReason()).contains("never started");

        ChargingOrderView manual = tx(o -> o.settleManually(serial, new BigDecimal("1.83"), "offline card, user agreed",
                "console:13900000000", Instant.now()));
        assertThat(manual.state()).isEqualTo(OrderState.SETTLED);
        assertThat(manual.settlement().settledBy()).isEqualTo("console:13900000000");
        assertThat(manual.settlement().arrearsAmount()).as("no wallet to pay from").isEqualByComparingTo("1.83");
        List<OrderEventView> trail = tx(o -> o.trail(serial));
        assertThat(trail).extracting(OrderEventView::kind)
                .containsExactly("RECORD_WITHOUT_ORDER", "MANUAL_SETTLEMENT");
        assertThat(tx(o -> o.settle(record(serial, "1.0000", "0.0000", "1.8254"), "3201060000000102", DEMO,
                Instant.now())).firstTime()).as("a resend after manual settlement changes nothing").isFalse();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private String open(String gunCode, int gunNo, String prepay) {
        String serial = TransactionSerial.generate(PileCode.of(PILE), gunNo, LocalDateTime.now(), serials++).digits();
        tx(o -> o.open(new ChargingOrders.NewOrder(1L, 1L, serial, PILE, gunNo, gunCode, 1L, 1L, StartChannel.CONSOLE,
                "test", new BigDecimal(prepay), 1L, null, null), Instant.now()));
        return serial;
    }

    private static TransactionRecord record(String serial, String peakKwh, String flatKwh, String pileAmount) {
        PeriodUsage none = PeriodUsage.NONE;
        BigDecimal peak = new BigDecimal(peakKwh);
        BigDecimal flat = new BigDecimal(flatKwh);
        BigDecimal total = peak.add(flat);
        return new TransactionRecord(TransactionSerial.of(serial), PileCode.of(PILE), 1,
                LocalDateTime.of(2026, 11, 23, 10, 40), LocalDateTime.of(2026, 11, 23, 11, 20), none,
                new PeriodUsage(new BigDecimal("1.82540"), peak, peak, new BigDecimal("1.0000")),
                new PeriodUsage(new BigDecimal("1.22310"), flat, flat, new BigDecimal("1.0000")), none,
                new BigDecimal("100.0000"), new BigDecimal("100.0000").add(total), total, total,
                new BigDecimal(pileAmount), "", TradeFlag.APP, LocalDateTime.of(2026, 11, 23, 11, 20),
                StopReason.APP_REMOTE_STOP, PhysicalCardNo.NONE);
    }

    private ChargingOrderView order(String serial) {
        return tx(o -> o.find(serial)).orElseThrow();
    }

    private static WalletView wallet() {
        return db.read(em -> wallets(em).view(1L).orElseThrow());
    }

    private static <T> T tx(Function<ChargingOrders, T> work) {
        Function<EntityManager, T> unit = em -> work.apply(orders(em));
        return db.inTransaction(unit);
    }

    static ChargingOrders orders(EntityManager em) {
        ChargingOrders o = new ChargingOrders();
        o.em = em;
        o.wallets = wallets(em);
        o.operationLog = set(new io.chargeops.core.audit.OperationLog(), "em", em);
        o.tariffs = set(new TariffInForce(), "em", em);
        o.users = set(new AppUsers(), "em", em);
        o.settings = settings();
        o.events = new DomainEventPublisher() {
            @Override
            public void publish(String destination, Object event) {
                published.add(event);
            }
        };
        return o;
    }

    static WalletService wallets(EntityManager em) {
        return set(set(new WalletService(), "em", em), "operationLog",
                set(new io.chargeops.core.audit.OperationLog(), "em", em));
    }

    static ChargingSettings settings() {
        ChargingSettings s = new ChargingSettings();
        s.startTimeoutSeconds = 90;
        s.stopTimeoutSeconds = 60;
        s.recordWindowSeconds = 30;
        s.idleReportsAbnormal = 2;
        s.liveSampleSeconds = 15;
        s.liveHistorySize = 480;
        s.billAuthority = PileBillCheck.Authority.PLATFORM;
        s.zone = "Asia/Shanghai";
        return s;
    }

    private static <T> T set(T target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
