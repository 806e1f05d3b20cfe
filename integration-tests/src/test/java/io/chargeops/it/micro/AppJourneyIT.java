package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.dec;
import static io.chargeops.it.micro.AdminApi.str;
import static io.chargeops.it.micro.AppApi.body;
import static io.chargeops.it.micro.AppApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.message.HeartbeatResponse;
import io.chargeops.pile.protocol.ykc.message.RemoteStartRequest;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.simulator.PileConfig;
import io.chargeops.pile.simulator.SimClock;
import io.chargeops.pile.simulator.SimIntervals;
import io.chargeops.pile.simulator.SimulatedPile;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The app as a driver uses it, over HTTP only: register by SMS code (read from the node's log, where the embedded
 * default's {@code log} SMS provider writes it), find the demo station nearby and read its price, recharge 100 元
 * through the sandbox payment provider (the test plays the provider and posts its signed callback), scan a gun,
 * start, watch live data from a simulated pile across the demo tariff's 峰→平 boundary, stop, read the settled order's
 * fees per period, and ask for the remaining principal back — the wallet checked at every step. Then the refusal
 * matrix: bad fields, someone else's order, missing/expired/forged tokens, replayed and forged payment callbacks —
 * every one a 4xx problem+json, nothing changed.
 */
@ExtendWith(SharedNode.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppJourneyIT {

    static final String DC_PILE = "32010600000001";
    static final String GUN = DC_PILE + "01";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Duration T = Duration.ofSeconds(30);
    static final BigDecimal HUNDRED = new BigDecimal("100.00");

    static MicroNode node;
    static AdminApi ops;
    static EventLoopGroup group;
    /** The journey's driver and what the matrix needs from the journey. */
    static AppApi driver;
    static String driversOrder;
    static Map<String, Object> driversWalletAfter;
    static Map<String, String> paidCallback;

    @BeforeAll
    static void boot(MicroNode shared) {
        node = shared;
        ops = new AdminApi(node);
        group = new NioEventLoopGroup(2);
    }

    @AfterAll
    static void shutdown() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    @Order(1)
    void registerFindRechargeChargeStopAndAskForTheRestBack() {
        driver = new AppApi(node);
        String phone = AppApi.newPhone();

        // register by SMS code
        AdminApi.Reply sent = driver.post("/auth/sms-codes", Json.object("phone", phone));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        assertThat(dec(AppApi.map(sent), "expiresInSeconds")).isPositive();
        Map<String, Object> tokens = ok(driver.post("/auth/sessions", Json.object("phone", phone,
                "code", driver.smsCode(phone), "device", "AppJourneyIT")), 200);
        assertThat(tokens.get("newUser")).isEqualTo(Boolean.TRUE);
        assertThat(tokens.get("tokenType")).isEqualTo("Bearer");
        assertThat(str(tokens, "accessToken")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        driver.take(tokens);
        driver.phone = phone;
        assertThat(str(ok(driver.get("/me"), 200), "phone")).isEqualTo(phone);
        assertWallet("new user", "0.00", "0.00", "0.00", "0.00");

        // find the demo station nearby (鼓楼, a few metres away) and read its price
        Map<String, Object> nearby = ok(driver.get("/stations/nearby?lng=118.7786&lat=32.0662&radiusKm=20"), 200);
        List<Map<String, Object>> stations = items(nearby);
        assertThat(stations).as(nearby.toString()).hasSizeGreaterThanOrEqualTo(2);
        Map<String, Object> nearest = stations.get(0);
        assertThat(str(nearest, "id")).isEqualTo("1");
        assertThat(dec(nearest, "distanceKm")).isLessThan(new BigDecimal("0.1"));
        assertThat(dec(stations.get(1), "distanceKm")).isGreaterThan(dec(nearest, "distanceKm"));
        assertThat(dec(nearest, "fastGuns")).isEqualByComparingTo("2");
        assertThat(str(nearest, "parkingFeeType")).isEqualTo("LIMITED_FREE"); // 前2小时免费, 超出收费
        assertThat(nearest.get("openNow")).isEqualTo(Boolean.TRUE); // 00:00-24:00
        assertThat(dec(nearest, "maxPowerKw")).isPositive();
        String near = "/stations/nearby?lng=118.7786&lat=32.0662&radiusKm=20";
        assertThat(items(ok(driver.get(near + "&parkingFeeType=FREE"), 200))).extracting(st -> str(st, "id"))
                .doesNotContain("1").contains("2");
        assertThat(items(ok(driver.get(near + "&parkingFeeType=LIMITED_FREE&openNow=true&stationType=PUBLIC"), 200)))
                .extracting(st -> str(st, "id")).containsExactly("1");
        assertThat(dec(ok(driver.get(near + "&stationType=DEDICATED"), 200), "total")).isZero();
        assertThat(dec(ok(driver.get(near + "&minPowerKw=1000"), 200), "total")).isZero();
        assertThat(items(ok(driver.get(near + "&minPowerKw=" + dec(nearest, "maxPowerKw").toPlainString()), 200)))
                .extracting(st -> str(st, "id")).contains("1");
        refused(driver.get(near + "&parkingFeeType=CHEAP"), 400);
        refused(driver.get(near + "&minPowerKw=0"), 400);
        Map<String, Object> detail = ok(driver.get("/stations/1"), 200);
        List<Map<String, Object>> table = listAt(detail, "priceTable");
        assertThat(table).as(detail.toString()).isNotEmpty();
        Map<String, Object> flatFrom11 = table.stream().filter(p -> "11:00:00".equals(p.get("from"))
                || "11:00".equals(p.get("from"))).findFirst().orElseThrow(() -> new AssertionError("no period from 11:00: " + table));
        assertThat(str(flatFrom11, "rateType")).isEqualTo("FLAT");
        assertThat(dec(flatFrom11, "totalPrice")).isEqualByComparingTo(DemoTariff.FLAT.electricity().add(DemoTariff.FLAT.service()));
        assertThat(dec(detail, "station.currentPrice.totalPrice")).isPositive();
        assertThat(listAt(detail, "fastGuns")).extracting(g -> g.get("gunCode")).contains(GUN);

        // recharge 100 元 through the sandbox: nothing credited until the provider's callback
        Map<String, Object> recharge = ok(driver.post("/wallet/recharges", Json.object("amount", HUNDRED,
                "provider", "sandbox")), 201);
        assertThat(str(recharge, "status")).isEqualTo("CREATED");
        String rechargeNo = str(recharge, "orderNo");
        assertWallet("recharge created, not paid", "0.00", "0.00", "0.00", "0.00");
        paidCallback = Map.of("body", str(recharge, "payment.callbackBody"),
                "signature", str(recharge, "payment.callbackSignature"));
        AdminApi.Reply paid = driver.callback("sandbox", paidCallback.get("body"),
                Map.of("X-Sandbox-Signature", paidCallback.get("signature")));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(str(ok(driver.get("/wallet/recharges/" + rechargeNo), 200), "status")).isEqualTo("PAID");
        assertWallet("paid", "100.00", "0.00", "100.00", "100.00");

        // scan the gun, the pile being online
        LocalDate today = LocalDate.now(SHANGHAI);
        SimClock clock = SimClock.pausedAt(today.atTime(10, 59, 50), SHANGHAI);
        try (SimulatedPile pile = SimulatedPile.start(PileConfig.builder(DC_PILE).guns(2)
                .server("127.0.0.1", node.pilePort()).intervals(SimIntervals.fast().withTransactionResend(
                        Duration.ofSeconds(2))).billingModel(DemoTariff.MODEL).clock(clock).followTimeSync(false)
                .timeScale(60).build(), group)) {
            assertThat(pile.loginResult()).succeedsWithin(T).isEqualTo(LoginResult.SUCCESS);
            pile.awaitOnline(T);
            pile.awaitReceived(HeartbeatResponse.class, r -> r.gunNo() == 1, T);
            Map<String, Object> scanned = awaitJson("/guns/" + GUN, "startable", g -> Boolean.TRUE.equals(g.get("startable")));
            assertThat(str(scanned, "stationName")).isEqualTo("南京鼓楼示范充电站");
            assertThat(dec(scanned, "currentPrice.totalPrice")).isPositive();

            // start with a 50 元 prepay: frozen, not spent
            AdminApi.Reply started = driver.post("/charging-orders", Json.object("gunCode", GUN,
                    "prepayAmount", new BigDecimal("50.00")));
            assertThat(started.status()).as(started.toString()).isEqualTo(201);
            String orderNo = str(AppApi.map(started), "orderNo");
            driversOrder = orderNo;
            assertThat(started.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/app/v1/charging-orders/" + orderNo));
            RemoteStartRequest start = pile.awaitReceived(RemoteStartRequest.class, r -> r.gunNo() == 1, T);
            assertThat(start.serial().digits()).isEqualTo(orderNo);
            awaitOrder(orderNo, "CHARGING", o -> "CHARGING".equals(o.get("state")));
            assertWallet("charging, prepay frozen", "100.00", "50.00", "50.00", "50.00");
            assertThat(AppApi.list(driver.get("/charging-orders?inProgress=true"))).hasSize(1);

            // live data from the simulator
            clock.run(60);
            Map<String, Object> first = awaitOrder(orderNo, "showing energy",
                    o -> o.get("energyKwh") != null && dec(o, "energyKwh").signum() > 0);
            awaitOrder(orderNo, "showing more energy and SOC",
                    o -> dec(o, "energyKwh").compareTo(dec(first, "energyKwh")) > 0 && o.get("soc") != null);
            Map<String, Object> live = ok(driver.get("/charging-orders/" + orderNo + "/live"), 200);
            assertThat(dec(live, "order.energyKwh")).isPositive();
            assertThat(dec(live, "order.powerKw")).isPositive();
            assertThat(listAt(live, "history")).isNotEmpty();
            long until = System.nanoTime() + T.toNanos();
            while (!pile.now().toLocalTime().isAfter(LocalTime.of(11, 0, 30)) && System.nanoTime() < until) {
                AdminApi.sleep(20);
            }

            // stop; the pile's record settles the order
            AdminApi.Reply stop = driver.post("/charging-orders/" + orderNo + "/stop", "{}");
            assertThat(stop.status()).as(stop.toString()).isEqualTo(202);
            Map<String, Object> settled = awaitOrder(orderNo, "SETTLED", o -> "SETTLED".equals(o.get("state")));
            TransactionRecord record = pile.lastTransactionRecord(1).orElseThrow();
            DemoTariff.Bill expected = DemoTariff.bill(record);
            assertThat(dec(settled, "bill.payableAmount")).isEqualByComparingTo(expected.payableAmount());
            List<Map<String, Object>> lines = listAt(settled, "bill.lines");
            assertThat(lines).extracting(l -> l.get("rateType")).contains("PEAK", "FLAT");
            for (Map<String, Object> line : lines) {
                assertThat(dec(line, "amount")).isEqualByComparingTo(dec(line, "electricityAmount").add(dec(line, "serviceAmount")));
            }
            assertThat(lines.stream().map(l -> dec(l, "amount")).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(expected.payableAmount());
            BigDecimal left = HUNDRED.subtract(expected.payableAmount());
            assertWallet("settled", left.toPlainString(), "0.00", left.toPlainString(), left.toPlainString());
            assertThat(AppApi.list(driver.get("/charging-orders?inProgress=true"))).isEmpty();
            assertThat(AppApi.list(driver.get("/charging-orders"))).hasSize(1);

            // the station becomes a frequent one; favourites come and go
            assertThat(AppApi.list(driver.get("/stations/frequent"))).singleElement()
                    .satisfies(st -> assertThat(str(AppApi.map(driver.get("/stations/1")), "station.id")).isEqualTo(
                            str(castMap(st), "id")));
            ok(driver.put("/stations/1/favourite", ""), 204);
            ok(driver.put("/stations/1/favourite", ""), 204);
            assertThat(AppApi.list(driver.get("/stations/favourites"))).hasSize(1);
            ok(driver.delete("/stations/1/favourite"), 204);
            assertThat(AppApi.list(driver.get("/stations/favourites"))).isEmpty();

            // a comment on the station where the driver has charged; shown on the station page
            Map<String, Object> comment = ok(driver.post("/stations/1/comments", Json.object("rating", 5,
                    "content", "车位充足, 充电很快")), 201);
            assertThat(str(comment, "author")).contains("****");
            Map<String, Object> page = ok(driver.get("/stations/1"), 200);
            assertThat(dec(page, "commentCount")).isPositive();
            assertThat(dec(page, "averageRating")).isBetween(BigDecimal.ONE, new BigDecimal("5"));
            assertThat(listAt(page, "latestComments")).extracting(c -> c.get("content")).contains("车位充足, 充电很快");
            assertThat(AppApi.list(driver.get("/stations/1/comments?size=50"))).isNotEmpty();
            refused(driver.post("/stations/1/comments", Json.object("rating", 6)), 400);
            refused(driver.post("/stations/2/comments", Json.object("rating", 4)), 422); // never charged there

            // an invoice over the settled order, once
            assertThat(AppApi.list(driver.get("/invoices/invoiceable-orders"))).hasSize(1);
            Map<String, Object> invoice = ok(driver.post("/invoices", "{\"orderNos\":[\"" + orderNo + "\"],"
                    + "\"titleType\":\"COMPANY\",\"title\":\"南京示范科技有限公司\",\"taxNo\":\"91320100MA1MXXXX0X\","
                    + "\"email\":\"driver@example.cn\"}"), 201);
            assertThat(dec(invoice, "amount")).isEqualByComparingTo(expected.payableAmount());
            assertThat(str(invoice, "status")).isEqualTo("REQUESTED");
            assertThat(AppApi.list(driver.get("/invoices/invoiceable-orders"))).isEmpty();
            assertThat(AppApi.list(driver.get("/invoices"))).hasSize(1);
            refused(driver.post("/invoices", "{\"orderNos\":[\"" + orderNo + "\"],\"titleType\":\"PERSONAL\","
                    + "\"title\":\"王先生\",\"email\":\"driver@example.cn\"}"), 409);

            // ask for the remaining principal back: frozen until an operator decides
            Map<String, Object> refund = ok(driver.post("/wallet/refund-requests", Json.object("reason", "不再使用")), 201);
            assertThat(dec(refund, "amount")).isEqualByComparingTo(left);
            assertThat(str(refund, "status")).isEqualTo("PENDING");
            driversWalletAfter = assertWallet("refund requested", left.toPlainString(), left.toPlainString(), "0.00", "0.00");
            assertThat(AppApi.list(driver.get("/wallet/refund-requests"))).hasSize(1);

            // the ledger tells the same story and no wallet drifts
            Map<String, Object> ledger = ok(driver.get("/wallet/ledger?size=100"), 200);
            List<Map<String, Object>> entries = items(ledger);
            assertThat(entries.stream().map(e -> dec(e, "amount")).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(left);
            assertThat(items(ok(driver.get("/wallet/ledger?type=TOP_UP"), 200))).hasSize(1);
            assertThat(ops.drifts().list()).isEmpty();

            Map<String, Object> export = ok(driver.get("/me/export"), 200);
            assertThat(listAt(export, "orders")).hasSize(1);
            assertThat(listAt(export, "recharges")).hasSize(1);
            assertThat(listAt(export, "refunds")).hasSize(1);
            assertThat(listAt(export, "invoices")).hasSize(1);
            System.out.printf("App journey: user %s recharged 100.00, order %s settled %s (%s), refund requested %s%n",
                    driver.userId, orderNo, expected.payableAmount(), lines, left);
        }
    }


    @Test
    @Order(2)
    void badInputIsRefusedWithProblemJsonAndChangesNothing() {
        assertThat(driversOrder).as("the journey ran first").isNotNull();
        AppApi other = new AppApi(node);
        String phone = AppApi.newPhone();

        // sign-in: missing and malformed fields, a second code too soon, a wrong code
        refused(other.post("/auth/sms-codes", ""), 400);
        refused(other.post("/auth/sms-codes", "{}"), 400);
        refused(other.post("/auth/sms-codes", Json.object("phone", "12345")), 400);
        refused(other.post("/auth/sms-codes", "{\"phone\":"), 400);
        ok(other.post("/auth/sms-codes", Json.object("phone", phone)), 202);
        AdminApi.Reply tooSoon = other.post("/auth/sms-codes", Json.object("phone", phone));
        refused(tooSoon, 429);
        assertThat(tooSoon.body()).contains("Retry-After: ");
        String code = other.smsCode(phone);
        String wrong = code.equals("000000") ? "000001" : "000000";
        refused(other.post("/auth/sessions", Json.object("phone", phone, "code", wrong)), 422);
        refused(other.post("/auth/sessions", Json.object("phone", phone, "code", "12")), 400);
        refused(other.post("/auth/sessions", Json.object("phone", phone)), 400);
        other.take(ok(other.post("/auth/sessions", Json.object("phone", phone, "code", code)), 200));
        other.phone = phone;
        refused(other.post("/auth/sessions", Json.object("phone", phone, "code", code)), 422); // used up

        // tokens: none, garbage, expired (the node's own key), forged (a stranger's key), a deleted user's
        for (String token : new String[] {null, "not-a-token", "a.b.c", other.expiredToken(other.userId),
                other.strangersToken(other.userId)}) {
            AdminApi.Reply r = other.withToken(token, "GET", "/wallet");
            refused(r, 401);
            assertThat(r.body()).contains("WWW-Authenticate: Bearer");
        }
        refused(other.withToken(other.expiredToken(driver.userId), "POST", "/charging-orders/" + driversOrder + "/stop"), 401);

        // someone else's order: as unknown as an order that does not exist
        String unknownOrder = "9".repeat(32);
        for (String no : new String[] {driversOrder, unknownOrder}) {
            refused(other.get("/charging-orders/" + no), 404);
            refused(other.get("/charging-orders/" + no + "/live"), 404);
            refused(other.post("/charging-orders/" + no + "/stop", "{}"), 404);
        }
        refused(other.get("/charging-orders/12345"), 400);
        refused(other.get("/charging-orders?state=BOGUS"), 400);
        refused(other.get("/charging-orders?limit=0"), 400);

        // starts: bad fields, unknown gun, no money
        refused(other.post("/charging-orders", "{}"), 400);
        refused(other.post("/charging-orders", Json.object("gunCode", "12AB")), 400);
        refused(other.post("/charging-orders", Json.object("gunCode", GUN, "prepayAmount", new BigDecimal("0"))), 400);
        refused(other.post("/charging-orders", Json.object("gunCode", GUN, "prepayAmount", new BigDecimal("1.234"))), 400);
        refused(other.post("/charging-orders", Json.object("gunCode", "9999999999999901", "prepayAmount", BigDecimal.TEN)), 404);
        refused(other.post("/charging-orders", Json.object("gunCode", GUN)), 422); // nothing available

        // wallet and recharges: bad amounts, unknown provider, bad filters, more refund than refundable
        refused(other.post("/wallet/recharges", Json.object("provider", "sandbox")), 400);
        refused(other.post("/wallet/recharges", Json.object("amount", new BigDecimal("-1"), "provider", "sandbox")), 400);
        refused(other.post("/wallet/recharges", Json.object("amount", new BigDecimal("0.001"), "provider", "sandbox")), 400);
        refused(other.post("/wallet/recharges", Json.object("amount", new BigDecimal("50001"), "provider", "sandbox")), 400);
        refused(other.post("/wallet/recharges", Json.object("amount", BigDecimal.TEN, "provider", "nope")), 422);
        refused(other.post("/wallet/recharges", Json.object("amount", BigDecimal.TEN, "provider", "sandbox",
                "beneficiaryPhone", AppApi.newPhone())), 422);
        refused(other.post("/wallet/recharges", "{\"amount\":\"ten\",\"provider\":\"sandbox\"}"), 400);
        refused(other.get("/wallet/ledger?type=NOPE"), 400);
        refused(other.get("/wallet/ledger?from=yesterday"), 400);
        refused(other.get("/wallet/ledger?size=1000"), 400);
        refused(other.get("/wallet/recharges/RC0000"), 404);
        refused(other.post("/wallet/refund-requests", "{}"), 422);
        refused(other.post("/wallet/refund-requests", Json.object("amount", BigDecimal.ONE)), 422);
        refused(driver.post("/wallet/refund-requests", Json.object("amount", BigDecimal.ONE)), 422); // all asked back already

        // payment callbacks: replayed (credits nothing), forged signature, changed amount, unknown provider
        AdminApi.Reply replay = other.callback("sandbox", paidCallback.get("body"),
                Map.of("X-Sandbox-Signature", paidCallback.get("signature")));
        assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
        refused(other.callback("sandbox", paidCallback.get("body"), Map.of("X-Sandbox-Signature", "0".repeat(64))), 400);
        refused(other.callback("sandbox", paidCallback.get("body"), Map.of()), 400);
        refused(other.callback("sandbox", paidCallback.get("body").replace("100.00", "1000.00"),
                Map.of("X-Sandbox-Signature", paidCallback.get("signature"))), 400);
        refused(other.callback("wechat", paidCallback.get("body"), Map.of()), 404);

        // search and scan
        refused(other.get("/stations/nearby?lng=118.7"), 400);
        refused(other.get("/stations/nearby?lng=200&lat=32"), 400);
        refused(other.get("/stations/nearby?lng=118.7&lat=32&radiusKm=500"), 400);
        refused(other.get("/stations/nearby?lng=118.7&lat=32&coordinateSystem=BD09"), 400);
        refused(other.get("/stations"), 400);
        refused(other.get("/stations/999999"), 404);
        refused(other.put("/stations/999999/favourite", ""), 404);
        refused(other.withToken(null, "GET", "/stations/favourites"), 401);
        refused(other.get("/guns/12AB"), 400);
        refused(other.get("/guns/9999999999999901"), 404);
        AdminApi.Reply chinese = other.getIn("zh-CN,zh;q=0.9,en;q=0.5", "/guns/9999999999999901");
        refused(chinese, 404);
        assertThat(AppApi.map(chinese)).containsEntry("title", "未找到")
                .containsEntry("type", "https://chargeops.io/problems/unknown-gun");
        assertThat(AppApi.map(other.getIn("en-US", "/guns/9999999999999901"))).containsEntry("title", "Not Found");
        AdminApi.Reply unauthorised = other.withToken(null, "GET", "/wallet");
        assertThat(AppApi.map(unauthorised)).containsEntry("title", "Unauthorized");

        // invoices, vehicles, feedback
        refused(other.post("/invoices", "{\"orderNos\":[\"" + driversOrder + "\"],\"titleType\":\"PERSONAL\","
                + "\"title\":\"x\",\"email\":\"a@b.cn\"}"), 422); // not theirs (that it is invoiced stays hidden)
        refused(other.post("/invoices", "{\"orderNos\":[\"" + unknownOrder + "\"],\"titleType\":\"PERSONAL\","
                + "\"title\":\"x\",\"email\":\"a@b.cn\"}"), 422);
        refused(other.post("/invoices", "{\"orderNos\":[\"" + unknownOrder + "\"],\"titleType\":\"COMPANY\","
                + "\"title\":\"x\",\"email\":\"a@b.cn\"}"), 422); // company without tax number
        refused(other.post("/invoices", "{\"orderNos\":[],\"titleType\":\"PERSONAL\",\"title\":\"x\",\"email\":\"a@b.cn\"}"), 400);
        refused(other.post("/vehicles", Json.object("plateNo", "ABC")), 422);
        refused(other.post("/vehicles", Json.object("plateNo", "苏A12345", "vin", "IIIIIIIIIIIIIIIII")), 422);
        refused(other.post("/vehicles", "{}"), 400);
        Map<String, Object> car = ok(other.post("/vehicles", Json.object("plateNo", "苏a12345d", "model", "比亚迪 汉")), 201);
        assertThat(car).containsEntry("plateNo", "苏A12345D").containsEntry("isDefault", Boolean.TRUE);
        refused(other.post("/vehicles", Json.object("plateNo", "苏A12345D")), 409);
        refused(driver.delete("/vehicles/" + str(car, "id")), 404);
        refused(other.post("/feedback", Json.object("category", "OCCUPANCY_FEE_APPEAL", "content", "占位费不合理")), 422);
        refused(other.post("/feedback", Json.object("category", "PARKING_APPEAL", "orderNo", driversOrder, "content", "x")), 422);
        refused(other.post("/feedback", Json.object("category", "PRAISE", "content", "x")), 400);
        ok(other.post("/feedback", Json.object("category", "FEEDBACK", "content", "希望增加更多快充桩")), 201);
        ok(driver.post("/feedback", Json.object("category", "PARKING_APPEAL", "orderNo", driversOrder, "content", "充电超过2小时")), 201);
        assertThat(AppApi.list(other.get("/feedback"))).hasSize(1);

        // account: the driver cannot delete an account holding money; nothing above changed anything
        refused(driver.delete("/me"), 409);
        refused(other.put("/me", Json.object("nickname", "")), 400);
        Map<String, Object> driversWallet = ok(driver.get("/wallet"), 200);
        assertThat(driversWallet).isEqualTo(driversWalletAfter);
        assertThat(AppApi.list(driver.get("/charging-orders"))).hasSize(1);
        Map<String, Object> othersWallet = ok(other.get("/wallet"), 200);
        assertThat(dec(othersWallet, "balance")).isZero();
        assertThat(dec(othersWallet, "frozen")).isZero();
        assertThat(AppApi.list(other.get("/charging-orders"))).isEmpty();
        assertThat(AppApi.list(other.get("/wallet/recharges"))).isEmpty();
        assertThat(AppApi.list(other.get("/wallet/refund-requests"))).isEmpty();
        assertThat(items(ok(other.get("/wallet/ledger"), 200))).isEmpty();
        assertThat(ops.drifts().list()).isEmpty();
    }

    @Test
    @Order(3)
    void refreshRotatesLogoutRevokesAndDeletionAnonymises() {
        // rotation: a refresh token is used up; using it again ends every session of the user (someone holds a copy)
        AppApi user = new AppApi(node);
        user.register(AppApi.newPhone());
        String firstRefresh = user.refreshToken;
        Map<String, Object> renewed = ok(user.post("/auth/tokens", Json.object("refreshToken", firstRefresh)), 200);
        assertThat(renewed.get("newUser")).isEqualTo(Boolean.FALSE);
        user.take(renewed);
        assertThat(user.refreshToken).isNotEqualTo(firstRefresh);
        assertThat(ok(user.get("/me"), 200)).containsEntry("phone", user.phone);
        refused(user.post("/auth/tokens", Json.object("refreshToken", firstRefresh)), 422);
        refused(user.post("/auth/tokens", Json.object("refreshToken", user.refreshToken)), 422);
        refused(user.post("/auth/tokens", "{}"), 400);

        // logout revokes the session's refresh token
        AppApi leaving = new AppApi(node);
        String phone = AppApi.newPhone();
        leaving.register(phone);
        assertThat(ok(leaving.put("/me", Json.object("nickname", "小王")), 200)).containsEntry("nickname", "小王");
        ok(leaving.post("/me/logout", Json.object("refreshToken", leaving.refreshToken)), 204);
        refused(leaving.post("/auth/tokens", Json.object("refreshToken", leaving.refreshToken)), 422);

        // deletion: the token stops at once, the phone number is free for a new account
        Long oldId = leaving.userId;
        ok(leaving.delete("/me"), 204);
        refused(leaving.get("/me"), 401);
        AdminApi.Reply gone = ops.get("/wallets?userPhone=" + phone);
        assertThat(gone.status()).as(gone.toString()).isEqualTo(404);
        Map<String, Object> again = leaving.register(phone);
        assertThat(again.get("newUser")).isEqualTo(Boolean.TRUE);
        assertThat(leaving.userId).isNotEqualTo(oldId);
        assertThat(ok(leaving.get("/me"), 200).get("nickname")).isNull();
    }

    static void refused(AdminApi.Reply r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
        assertThat(AppApi.map(r)).as(r.toString()).containsEntry("status", new BigDecimal(status));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static Map<String, Object> assertWallet(String when, String balance, String frozen, String available, String refundable) {
        Map<String, Object> w = ok(driver.get("/wallet"), 200);
        assertThat(dec(w, "balance")).as(when + ": balance " + w).isEqualByComparingTo(balance);
        assertThat(dec(w, "frozen")).as(when + ": frozen " + w).isEqualByComparingTo(frozen);
        assertThat(dec(w, "available")).as(when + ": available " + w).isEqualByComparingTo(available);
        assertThat(dec(w, "refundable")).as(when + ": refundable " + w).isEqualByComparingTo(refundable);
        return w;
    }

    static Map<String, Object> awaitOrder(String orderNo, String what, Predicate<Map<String, Object>> condition) {
        return awaitJson("/charging-orders/" + orderNo, what, condition);
    }

    static Map<String, Object> awaitJson(String path, String what, Predicate<Map<String, Object>> condition) {
        long deadline = System.nanoTime() + T.toNanos();
        Map<String, Object> last = null;
        while (System.nanoTime() < deadline) {
            last = ok(driver.get(path), 200);
            if (condition.test(last)) {
                return last;
            }
            AdminApi.sleep(100);
        }
        throw new AssertionError(path + " not " + what + " within " + T + ": " + last + "\n" + node.logTail());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listAt(Map<String, Object> json, String path) {
        return (List<Map<String, Object>>) AdminApi.at(json, path);
    }

    static String text(AdminApi.Reply r) {
        return body(r);
    }
}
