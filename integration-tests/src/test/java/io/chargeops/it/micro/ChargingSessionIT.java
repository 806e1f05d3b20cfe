package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.DEMO_USER;
import static io.chargeops.it.micro.AdminApi.balance;
import static io.chargeops.it.micro.AdminApi.dec;
import static io.chargeops.it.micro.AdminApi.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.message.BillingModelVerifyResponse;
import io.chargeops.pile.protocol.ykc.message.HeartbeatResponse;
import io.chargeops.pile.protocol.ykc.message.RemoteStartRequest;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.message.TransactionRecordConfirm;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.protocol.ykc.types.ModelVerifyResult;
import io.chargeops.pile.protocol.ykc.types.RatePeriod;
import io.chargeops.pile.protocol.ykc.types.TransactionConfirmResult;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import io.chargeops.pile.simulator.PileConfig;
import io.chargeops.pile.simulator.SimClock;
import io.chargeops.pile.simulator.SimIntervals;
import io.chargeops.pile.simulator.SimulatedPile;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The money path end to end on the booted platform: the demo app user charges on a demo DC gun through the ops API,
 * the simulated pile (real TCP, YKC v1.6) delivers energy across the demo tariff's 峰→平 boundary at 11:00 by its own
 * clock, and the order settles at exactly what this test computes from the tariff and the pile's per-period energy;
 * the wallet's balance and its ledger agree. A transaction record sent three times is settled once and confirmed
 * three times.
 */
@ExtendWith(SharedNode.class)
class ChargingSessionIT {

    static final String DC_PILE = "32010600000001";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Duration T = Duration.ofSeconds(30);

    static MicroNode node;
    static AdminApi api;
    static EventLoopGroup group;

    @BeforeAll
    static void boot(MicroNode shared) {
        node = shared;
        api = new AdminApi(node);
        group = new NioEventLoopGroup(2);
    }

    @AfterAll
    static void shutdown() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void sessionAcrossPeakToFlatSettlesAtTheTariffPriceAndTheLedgerAgrees() {
        // the pile's clock shows 10:59:50 and stands still until the session runs; the platform's time sync leaves it
        LocalDate today = LocalDate.now(SHANGHAI);
        SimClock clock = SimClock.pausedAt(today.atTime(10, 59, 50), SHANGHAI);
        try (SimulatedPile pile = SimulatedPile.start(PileConfig.builder(DC_PILE).guns(2)
                .server("127.0.0.1", node.pilePort()).intervals(SimIntervals.fast().withTransactionResend(
                        Duration.ofSeconds(2))).billingModel(DemoTariff.MODEL).clock(clock).followTimeSync(false)
                .timeScale(60).build(), group)) {
            assertThat(pile.loginResult()).succeedsWithin(T).isEqualTo(LoginResult.SUCCESS);
            pile.awaitOnline(T);
            // the pile holds the demo model 0001 as written down in this test: the platform finds it consistent
            assertThat(pile.awaitReceived(BillingModelVerifyResponse.class, r -> true, T).result())
                    .isEqualTo(ModelVerifyResult.CONSISTENT);
            assertThat(pile.billingModel()).isEqualTo(DemoTariff.MODEL);
            assertThat(str(api.get("/piles/" + DC_PILE).map(), "billingModel.consistent")).isEqualTo("true");
            pile.awaitReceived(HeartbeatResponse.class, r -> r.gunNo() == 2, T);

            Map<String, Object> before = api.wallet(DEMO_USER);
            AdminApi.Reply created = api.startOrder(DEMO_USER, DC_PILE + "01", new BigDecimal("50.00"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            Map<String, Object> order = created.map();
            String orderNo = str(order, "orderNo");
            assertThat(created.location()).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/api/admin/v1/charging-orders/" + orderNo));
            assertThat(str(order, "state")).isIn("CREATED", "STARTING", "CHARGING");
            assertThat(str(order, "userPhone")).isEqualTo(DEMO_USER);
            assertThat(str(order, "gunCode")).isEqualTo(DC_PILE + "01");
            assertThat(dec(order, "prepayAmount")).isEqualByComparingTo("50.00");

            RemoteStartRequest start = pile.awaitReceived(RemoteStartRequest.class, r -> r.gunNo() == 1, T);
            assertThat(start.balance()).isPositive();
            Map<String, Object> charging = api.awaitState(orderNo, "CHARGING", T);
            assertThat(str(charging, "transactionSerial")).isEqualTo(start.serial().digits());
            Map<String, Object> frozen = api.wallet(DEMO_USER);
            assertThat(dec(frozen, "frozen")).isEqualByComparingTo(dec(before, "frozen").add(new BigDecimal("50.00")));
            assertThat(balance(frozen)).isEqualByComparingTo(balance(before));

            clock.run(60); // 1 real second = 1 pile minute; 11:00 comes after ~0.2 s
            Map<String, Object> first = api.awaitOrder(orderNo, "showing energy",
                    o -> o.get("energyKwh") != null && dec(o, "energyKwh").signum() > 0, T);
            Map<String, Object> later = api.awaitOrder(orderNo, "showing more energy, amount and SOC",
                    o -> dec(o, "energyKwh").compareTo(dec(first, "energyKwh")) > 0
                            && dec(o, "amount").compareTo(dec(first, "amount")) > 0
                            && dec(o, "soc").compareTo(dec(first, "soc")) > 0, T);
            assertThat(str(later, "state")).isEqualTo("CHARGING");
            AdminApi.Reply live = api.live(orderNo);
            assertThat(live.status()).as(live.toString()).isEqualTo(200);
            assertThat(live.body()).contains("energyKwh").contains("soc");
            List<Map<String, Object>> history = live.list(); // sampled every chargeops.charging.live-sample-seconds
            assertThat(history).as(live.toString()).isNotEmpty().allSatisfy(h -> assertThat(h).containsKey("energyKwh"));
            awaitTrue(() -> pile.now().toLocalTime().isAfter(LocalTime.of(11, 0, 30)), "pile clock past 11:00:30");

            AdminApi.Reply stop = api.stop(orderNo);
            assertThat(stop.status()).as(stop.toString()).isEqualTo(202);
            assertThat(str(stop.map(), "state")).isIn("STOPPING", "SETTLED");
            Map<String, Object> settled = api.awaitState(orderNo, "SETTLED", T);

            TransactionRecord bill = pile.lastTransactionRecord(1).orElseThrow();
            assertThat(bill.serial()).isEqualTo(start.serial());
            assertThat(bill.peak().energy()).as("energy before 11:00 (峰)").isPositive();
            assertThat(bill.flat().energy()).as("energy after 11:00 (平)").isPositive();
            DemoTariff.Bill expected = DemoTariff.bill(bill);
            System.out.printf("Charging session %s: PEAK %s kWh + FLAT %s kWh = %s kWh; expected total %s, payable %s;"
                    + " platform settlement %s%n", orderNo, bill.peak().energy(), bill.flat().energy(),
                    bill.totalEnergy(), expected.totalAmount(), expected.payableAmount(), settled.get("settlement"));

            assertThat(dec(settled, "settlement.payableAmount")).isEqualByComparingTo(expected.payableAmount());
            assertThat(dec(settled, "settlement.payableAmount").scale()).isLessThanOrEqualTo(2);
            assertThat(dec(settled, "settlement.totalAmount")).isEqualByComparingTo(expected.totalAmount());
            assertThat(dec(settled, "settlement.electricityAmount")).isEqualByComparingTo(expected.electricityAmount());
            assertThat(dec(settled, "settlement.serviceAmount")).isEqualByComparingTo(expected.serviceAmount());
            assertThat(str(settled, "settlement.pileCheck")).isEqualTo("MATCH");
            assertThat(dec(settled, "energyKwh")).isEqualByComparingTo(bill.totalEnergy());
            assertLine(settled, RatePeriod.PEAK, bill);
            assertLine(settled, RatePeriod.FLAT, bill);

            Map<String, Object> after = api.wallet(DEMO_USER);
            assertThat(balance(after)).isEqualByComparingTo(balance(before).subtract(expected.payableAmount()));
            assertThat(dec(after, "frozen")).isEqualByComparingTo(dec(before, "frozen"));
            assertLedgerAgrees(after);
            assertThat(debitsOf(after, orderNo)).singleElement().satisfies(
                    e -> assertThat(dec(e, "amount")).isEqualByComparingTo(expected.payableAmount().negate()));

            List<TransactionRecordConfirm> confirms = pile.awaitConfirmations(bill.serial(), 1, T);
            assertThat(confirms.get(0).result()).isEqualTo(TransactionConfirmResult.ACCEPTED);

            // the start and the stop are in the pile's command log with the pile's answers
            List<Map<String, Object>> commands = api.get("/piles/" + DC_PILE + "/commands?limit=50").list();
            assertThat(commands).anySatisfy(c -> {
                assertThat(str(c, "commandType")).isEqualTo("REMOTE_START");
                assertThat(str(c, "result")).isEqualTo("ANSWERED");
                assertThat(str(c, "payload")).contains(orderNo);
            });
            assertThat(commands).anySatisfy(c -> {
                assertThat(str(c, "commandType")).isEqualTo("REMOTE_STOP");
                assertThat(str(c, "result")).isEqualTo("ANSWERED");
                assertThat(str(c, "payload")).contains(orderNo);
            });
        }
    }

    @Test
    void transactionRecordSentThreeTimesIsSettledOnceAndConfirmedThreeTimes() {
        // no automatic resend during the test: the three records are the ones the test sends
        try (SimulatedPile pile = SimulatedPile.start(PileConfig.builder(DC_PILE).guns(2)
                .server("127.0.0.1", node.pilePort()).intervals(SimIntervals.fast().withTransactionResend(
                        Duration.ofMinutes(10))).billingModel(DemoTariff.MODEL).timeScale(60).build(), group)) {
            pile.awaitOnline(T);
            Map<String, Object> before = api.wallet(DEMO_USER);
            AdminApi.Reply created = api.startOrder(DEMO_USER, DC_PILE + "02", new BigDecimal("20.00"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String orderNo = str(created.map(), "orderNo");
            api.awaitState(orderNo, "CHARGING", T);
            api.awaitOrder(orderNo, "showing energy",
                    o -> o.get("energyKwh") != null && dec(o, "energyKwh").signum() > 0, T);

            pile.stopLocally(2); // the user stops at the pile: 0x3B, then the test sends it twice more at once
            awaitTrue(() -> pile.lastTransactionRecord(2).isPresent(), "transaction record made");
            TransactionRecord bill = pile.lastTransactionRecord(2).orElseThrow();
            TransactionSerial serial = bill.serial();
            assertThat(str(api.order(orderNo), "transactionSerial")).isEqualTo(serial.digits());
            assertThat(pile.resendLastBill(2)).isEqualTo(bill);
            assertThat(pile.resendLastBill(2)).isEqualTo(bill);

            List<TransactionRecordConfirm> confirms = pile.awaitConfirmations(serial, 3, T);
            assertThat(confirms).hasSize(3).allSatisfy(c -> {
                assertThat(c).isEqualTo(confirms.get(0));
                assertThat(c.result()).isEqualTo(TransactionConfirmResult.ACCEPTED);
            });
            assertThat(pile.timesSent(serial)).isEqualTo(3);

            Map<String, Object> settled = api.awaitState(orderNo, "SETTLED", T);
            DemoTariff.Bill expected = DemoTariff.bill(bill);
            assertThat(dec(settled, "settlement.payableAmount")).isEqualByComparingTo(expected.payableAmount());
            assertThat(dec(settled, "confirmations")).isEqualByComparingTo("3");
            Map<String, Object> after = api.wallet(DEMO_USER);
            assertThat(debitsOf(after, orderNo)).as("one debit for three records").hasSize(1);
            assertThat(balance(after)).isEqualByComparingTo(balance(before).subtract(expected.payableAmount()));
            assertThat(dec(after, "frozen")).isEqualByComparingTo(dec(before, "frozen"));
            assertLedgerAgrees(after);
            AdminApi.sleep(500);
            assertThat(pile.confirmations(serial)).hasSize(3);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static void assertLine(Map<String, Object> order, RatePeriod period, TransactionRecord bill) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lines = (List<Map<String, Object>>) AdminApi.at(order, "settlement.lines");
        assertThat(lines).as("settlement lines of " + order).isNotNull();
        Map<String, Object> line = lines.stream().filter(l -> period.name().equals(l.get("rateType"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + period + " line in " + lines));
        BigDecimal energy = bill.usage(period).energy();
        assertThat(dec(line, "energyKwh")).isEqualByComparingTo(energy);
        assertThat(dec(line, "electricityPrice")).isEqualByComparingTo(DemoTariff.tariff(period).electricity());
        assertThat(dec(line, "servicePrice")).isEqualByComparingTo(DemoTariff.tariff(period).service());
        assertThat(dec(line, "electricityAmount")).isEqualByComparingTo(
                energy.multiply(DemoTariff.tariff(period).electricity()).setScale(4, java.math.RoundingMode.HALF_UP));
        assertThat(dec(line, "serviceAmount")).isEqualByComparingTo(
                energy.multiply(DemoTariff.tariff(period).service()).setScale(4, java.math.RoundingMode.HALF_UP));
    }

    /** Balance = Σ ledger amounts, the last entry's balance-after is the balance, and no wallet drifts. */
    static void assertLedgerAgrees(Map<String, Object> wallet) {
        List<Map<String, Object>> entries = api.ledger(wallet.get("walletId"));
        BigDecimal sum = entries.stream().map(e -> dec(e, "amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).as("sum of ledger entries of wallet " + wallet).isEqualByComparingTo(balance(wallet));
        AdminApi.Reply drifts = api.drifts();
        assertThat(drifts.status()).as(drifts.toString()).isEqualTo(200);
        assertThat(drifts.list()).as(drifts.toString()).isEmpty();
    }

    /** The wallet's charge debits that name this order. */
    static List<Map<String, Object>> debitsOf(Map<String, Object> wallet, String orderNo) {
        return api.ledger(wallet.get("walletId")).stream()
                .filter(e -> "CHARGE_DEBIT".equals(e.get("type")) && e.values().stream()
                        .anyMatch(v -> orderNo.equals(String.valueOf(v))))
                .toList();
    }

    static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + T.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + T + ": " + what + "\n" + node.logTail());
            }
            AdminApi.sleep(20);
        }
    }
}
