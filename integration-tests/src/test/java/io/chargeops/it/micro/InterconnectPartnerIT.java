package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.dec;
import static io.chargeops.it.micro.AdminApi.str;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.chargeops.pile.protocol.ykc.message.RemoteStartRequest;
import io.chargeops.pile.simulator.PileConfig;
import io.chargeops.pile.simulator.SimIntervals;
import io.chargeops.pile.simulator.SimulatedPile;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Plays the demo partner platform (OperatorID 123456789, the standard's example secrets) over real HTTP against a
 * booted node: token, stations paging, status, policy, a start on a simulated pile, the four notifications received
 * on the test's own HTTP server with valid signatures, stop, reconciliation; wrong signature, expired token, replayed
 * Seq and malformed Data get their Ret and change nothing; a partner that is down gets its order notification
 * retried and delivered once when it is back. The crypto here is the test's own (JDK), not the platform's code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InterconnectPartnerIT {

    static final String PARTNER = "123456789";
    static final String SECRET = "1234567890abcdef";
    static final String US = "MA01H3BQ2";
    static final String DC_PILE = "32010600000001";
    static final String GUN = DC_PILE + "01";
    static final Duration T = Duration.ofSeconds(60);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    static final AtomicInteger SEQ = new AtomicInteger();

    static MicroNode node;
    static AdminApi api;
    static EventLoopGroup group;
    static SimulatedPile pile;
    static HttpServer partnerServer;
    static final AtomicBoolean partnerDown = new AtomicBoolean();
    static final String OPERATOR = "MA0THIRD1";
    static final String PROVINCE_POWER = "supervise_notification_realtime_power_info";
    static final List<String> paths = new CopyOnWriteArrayList<>();
    static final AtomicBoolean operatorDropsStation = new AtomicBoolean();
    static final List<String> operatorCalls = new CopyOnWriteArrayList<>();
    static final List<Received> received = new CopyOnWriteArrayList<>();
    static final List<String> partnerProblems = new CopyOnWriteArrayList<>();
    static final AtomicInteger refusedWhileDown = new AtomicInteger();
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static String token;
    static String startSeq;
    static String orderNo;

    /** A push the partner received: interface, decrypted Data, and the URL path it was sent to. */
    record Received(String iface, Map<String, Object> data, String path) {
    }

    @BeforeAll
    static void boot() throws IOException {
        partnerServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partnerServer.createContext("/evcs/", InterconnectPartnerIT::partnerEndpoint);
        // other path styles: Shanghai's /shevcs/v1.0/, Xiaoju's root notifications under a base of /xj/
        partnerServer.createContext("/shevcs/", InterconnectPartnerIT::partnerEndpoint);
        partnerServer.createContext("/xj/", InterconnectPartnerIT::partnerEndpoint);
        partnerServer.createContext("/operator/v1/", InterconnectPartnerIT::operatorEndpoint);
        partnerServer.start();
        node = new MicroNode("interconnect")
                .withEnv("CHARGEOPS_INTERCONNECT_PUSH_RETRY_SECONDS", "1")
                .withEnv("CHARGEOPS_INTERCONNECT_PUSH_MAX_RETRY_SECONDS", "2")
                .start();
        api = new AdminApi(node);
        // the standard path style (the default): {base}/evcs/v1/{interface}
        AdminApi.Reply changed = put("/interconnect/partners/" + PARTNER, "{\"baseUrl\":\"http://127.0.0.1:"
                + partnerServer.getAddress().getPort() + "\",\"chargeStatusSeconds\":2}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.map()).containsEntry("pathStyle", "STANDARD");
        group = new NioEventLoopGroup(1);
        pile = SimulatedPile.start(PileConfig.builder(DC_PILE).guns(2).server("127.0.0.1", node.pilePort())
                .intervals(SimIntervals.fast()).billingModel(DemoTariff.MODEL).timeScale(60).build(), group);
        pile.awaitOnline(T);
    }

    @AfterAll
    static void shutdown() {
        if (pile != null) {
            pile.close();
        }
        if (group != null) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
        if (node != null) {
            node.stop();
        }
        if (partnerServer != null) {
            partnerServer.stop(0);
        }
    }

    @Test
    @Order(1)
    void tokenStationsStatusAndPolicy() {
        Map<String, Object> t = ok(call("query_token", "{\"OperatorID\":\"123456789\",\"OperatorSecret\":\"" + SECRET + "\"}", null));
        assertThat(t.get("SuccStat")).hasToString("0");
        assertThat(t.get("TokenAvailableTime")).hasToString("7200");
        token = (String) t.get("AccessToken");
        assertThat(token).isNotBlank();
        Map<String, Object> wrongSecret = ok(call("query_token", "{\"OperatorID\":\"123456789\",\"OperatorSecret\":\"ffffffffffffffff\"}", null));
        assertThat(wrongSecret.get("SuccStat")).hasToString("1");
        assertThat(wrongSecret.get("FailReason")).hasToString("2");

        Map<String, Object> page1 = ok(call("query_stations_info", "{\"PageNo\":1,\"PageSize\":1}", token));
        assertThat(page1.get("ItemSize")).as("the demo operator's two stations, not the franchisee's").hasToString("2");
        assertThat(page1.get("PageCount")).hasToString("2");
        Map<String, Object> station1 = list(page1, "StationInfos").get(0);
        assertThat(station1.get("StationID")).isEqualTo("1");
        assertThat(station1.get("OperatorID")).isEqualTo(US);
        assertThat(station1).containsKeys("StationName", "AreaCode", "StationLng", "StationLat", "BusineHours", "EquipmentInfos");
        Map<String, Object> equipment = list(station1, "EquipmentInfos").stream()
                .filter(e -> DC_PILE.equals(e.get("EquipmentID"))).findFirst().orElseThrow();
        assertThat(equipment.get("EquipmentType")).hasToString("1");
        assertThat(list(equipment, "ConnectorInfos")).extracting(c -> c.get("ConnectorID")).contains(GUN, DC_PILE + "02");
        Map<String, Object> page2 = ok(call("query_stations_info", "{\"PageNo\":2,\"PageSize\":1}", token));
        assertThat(list(page2, "StationInfos")).extracting(s -> s.get("StationID")).containsExactly("2");
        Map<String, Object> unchanged = ok(call("query_stations_info", "{\"LastQueryTime\":\"2099-01-01 00:00:00\"}", token));
        assertThat(unchanged.get("ItemSize")).hasToString("0");

        Map<String, Object> status = null;
        for (int i = 0; i < 100; i++) { // the gun's state is written when the pile reports it after login
            status = ok(call("query_station_status", "{\"StationIDs\":[\"1\",\"3\"]}", token));
            if (status.toString().contains("ConnectorID=" + GUN + ", LockStatus=0, ParkStatus=0, Status=2")) {
                break;
            }
            AdminApi.sleep(300);
        }
        assertThat(status.get("Total")).as("station 3 is not shared with this partner").hasToString("1");
        List<Map<String, Object>> connectors = list(list(status, "StationStatusInfos").get(0), "ConnectorStatusInfos");
        // the simulator's guns report a plugged-in cable: 2 占用(未充电); the pile never connected here: 0 离网
        assertThat(connectors).anySatisfy(c -> {
            assertThat(c.get("ConnectorID")).isEqualTo(GUN);
            assertThat(c.get("Status")).hasToString("2");
        });
        assertThat(connectors).anySatisfy(c -> {
            assertThat(c.get("ConnectorID")).isEqualTo("3201060000000201");
            assertThat(c.get("Status")).hasToString("0");
        });

        Map<String, Object> policy = ok(call("query_equip_business_policy",
                "{\"EquipBizSeq\":\"" + seq27() + "\",\"ConnectorID\":\"" + GUN + "\"}", token));
        assertThat(policy.get("SuccStat")).hasToString("0");
        List<Map<String, Object>> periods = list(policy, "PolicyInfos");
        assertThat(policy.get("SumPeriod")).hasToString(Integer.toString(periods.size()));
        assertThat(periods.get(0)).containsEntry("StartTime", "000000");
        assertThat(dec(periods.get(0), "ElecPrice")).isEqualByComparingTo("0.2856"); // 谷 from 00:00, demo tariff
        assertThat(dec(periods.get(0), "SevicePrice")).isEqualByComparingTo("0.4000");
        assertThat(periods).extracting(p -> p.get("StartTime")).contains("080000", "110000", "140000");

        Map<String, Object> auth = ok(call("query_equip_auth", "{\"EquipAuthSeq\":\"" + seq27() + "\",\"ConnectorID\":\"" + GUN + "\"}", token));
        assertThat(auth.get("SuccStat")).as("plugged in and online").hasToString("0");
        Map<String, Object> offline = ok(call("query_equip_auth", "{\"EquipAuthSeq\":\"" + seq27() + "\",\"ConnectorID\":\"3201060000000201\"}", token));
        assertThat(offline.get("SuccStat")).hasToString("1");
        Map<String, Object> notShared = ok(call("query_equip_business_policy",
                "{\"EquipBizSeq\":\"" + seq27() + "\",\"ConnectorID\":\"3201040000000101\"}", token));
        assertThat(notShared.get("SuccStat")).as("the franchisee's gun is not shared").hasToString("1");
    }

    @Test
    @Order(2)
    void refusalsGetTheirRetAndChangeNothing() throws Exception {
        int ordersBefore = ordersOnGun();
        int startsBefore = pile.received(RemoteStartRequest.class).size();
        String start = "{\"StartChargeSeq\":\"" + seq27() + "\",\"ConnectorID\":\"" + GUN + "\",\"QRCode\":\"\"}";

        // wrong signature
        Envelope e = seal(start);
        assertRet(post("query_start_charge", new Envelope(e.operatorId, e.data, e.timeStamp, e.seq, flip(e.sig)).json(), token), 4001);
        // no token, a made-up token, an expired token
        assertRet(post("query_start_charge", seal(start).json(), null), 4002);
        assertRet(post("query_start_charge", seal(start).json(), "not-a-token"), 4002);
        assertThat(put("/interconnect/partners/" + PARTNER, "{\"tokenTtlSeconds\":1}").status()).isEqualTo(200);
        String shortLived = (String) ok(call("query_token", "{\"OperatorID\":\"123456789\",\"OperatorSecret\":\"" + SECRET + "\"}", null)).get("AccessToken");
        assertThat(put("/interconnect/partners/" + PARTNER, "{\"tokenTtlSeconds\":7200}").status()).isEqualTo(200);
        Thread.sleep(2_000);
        assertRet(post("query_start_charge", seal(start).json(), shortLived), 4002);
        // a replayed envelope: the first copy is answered, the second is refused
        Envelope status = seal("{\"StationIDs\":[\"1\"]}");
        assertRet(post("query_station_status", status.json(), token), 0);
        assertRet(post("query_station_status", status.json(), token), 4003);
        // malformed Data: not Base64 / not ciphertext (signed correctly), then ciphertext of something that is not JSON
        assertRet(post("query_start_charge", signed("@@not base64@@").json(), token), 4003);
        assertRet(post("query_start_charge", signed(Base64.getEncoder().encodeToString(new byte[32])).json(), token), 4003);
        assertRet(post("query_start_charge", seal("StartChargeSeq=1").json(), token), 4004);
        assertRet(post("query_start_charge", seal("{\"ConnectorID\":\"" + GUN + "\"}").json(), token), 4004);
        // no envelope at all, an unknown operator: unsigned 4003, never a 500
        assertRet(post("query_start_charge", "{\"OperatorID\":", token), 4003);
        assertRet(post("query_start_charge", "{\"OperatorID\":\"999999999\",\"Data\":\"AAAA\",\"TimeStamp\":\"20260101000000\",\"Seq\":\"0001\",\"Sig\":\"00000000000000000000000000000000\"}", token), 4003);
        HttpResponse<String> unknown = postRaw("query_nothing", seal("{}").json(), token);
        assertThat(unknown.statusCode()).isEqualTo(404);

        AdminApi.sleep(500);
        assertThat(ordersOnGun()).as("orders on the gun").isEqualTo(ordersBefore);
        assertThat(pile.received(RemoteStartRequest.class)).as("0x34 sent").hasSize(startsBefore);
    }

    @Test
    @Order(3)
    void startChargeNotificationsStopAndOrderDeliveredOnceAfterThePartnerWasDown() {
        startSeq = seq27();
        Envelope start = seal("{\"StartChargeSeq\":\"" + startSeq + "\",\"ConnectorID\":\"" + GUN + "\",\"QRCode\":\"hlht://" + GUN + "." + US + "/\"}");
        Map<String, Object> started = ok(post("query_start_charge", start.json(), token));
        assertThat(started.get("SuccStat")).as(started.toString()).hasToString("0");
        assertThat(started.get("StartChargeSeqStat")).hasToString("1");
        assertRet(post("query_start_charge", start.json(), token), 4003); // the same envelope again: a replay
        Map<String, Object> again = ok(call("query_start_charge", "{\"StartChargeSeq\":\"" + startSeq + "\",\"ConnectorID\":\"" + GUN + "\"}", token));
        assertThat(again.get("SuccStat")).as("the same StartChargeSeq is the same charge").hasToString("0");

        Map<String, Object> startResult = awaitPush("notification_start_charge_result", d -> startSeq.equals(d.get("StartChargeSeq")));
        assertThat(startResult.get("StartChargeSeqStat")).hasToString("2");
        assertThat(startResult.get("ConnectorID")).isEqualTo(GUN);
        List<Map<String, Object>> orders = api.orders("gunCode=" + GUN + "&limit=5");
        orderNo = (String) orders.stream().filter(o -> "CHARGING".equals(o.get("state"))).findFirst().orElseThrow().get("orderNo");
        Map<String, Object> order = api.awaitState(orderNo, "CHARGING", T);
        assertThat(str(order, "startChannel")).isEqualTo("PARTNER");
        assertThat(pile.received(RemoteStartRequest.class)).as("one 0x34 for the charge").hasSize(1);

        api.awaitOrder(orderNo, "showing energy", o -> o.get("energyKwh") != null && dec(o, "energyKwh").signum() > 0, T);
        Map<String, Object> status = awaitPush("notification_equip_charge_status",
                d -> startSeq.equals(d.get("StartChargeSeq")) && new BigDecimal(d.get("TotalPower").toString()).signum() > 0);
        assertThat(status.get("StartChargeSeqStat")).hasToString("2");
        assertThat(status.get("ConnectorStatus")).hasToString("3");
        Map<String, Object> snapshot = ok(call("query_equip_charge_status", "{\"StartChargeSeq\":\"" + startSeq + "\"}", token));
        assertThat(snapshot.get("StartChargeSeqStat")).hasToString("2");
        assertThat(snapshot.get("ConnectorID")).isEqualTo(GUN);

        partnerDown.set(true);
        Map<String, Object> stop = ok(call("query_stop_charge", "{\"StartChargeSeq\":\"" + startSeq + "\",\"ConnectorID\":\"" + GUN + "\"}", token));
        assertThat(stop.get("SuccStat")).as(stop.toString()).hasToString("0");
        Map<String, Object> settled = api.awaitState(orderNo, "SETTLED", T);
        awaitOutbox(p -> "notification_charge_order_info".equals(p.get("interfaceName")) && startSeq.equals(p.get("businessKey"))
                && ((Number) p.get("attempts")).intValue() >= 2 && "PENDING".equals(p.get("status")), "order info retried while down");
        assertThat(received).noneMatch(r -> r.iface().equals("notification_charge_order_info"));
        partnerDown.set(false);

        Map<String, Object> orderInfo = awaitPush("notification_charge_order_info", d -> startSeq.equals(d.get("StartChargeSeq")));
        assertThat(dec(orderInfo, "TotalMoney")).isEqualByComparingTo(dec(settled, "settlement.payableAmount"));
        assertThat(dec(orderInfo, "TotalPower")).isEqualByComparingTo(dec(settled, "energyKwh").setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(orderInfo.get("StopReason")).as("stopped by the partner platform").hasToString("1");
        assertThat(orderInfo).containsKeys("TotalElecMoney", "TotalSeviceMoney", "StartTime", "EndTime", "SumPeriod", "ChargeDetails");
        Map<String, Object> stopResult = awaitPush("notification_stop_charge_result", d -> startSeq.equals(d.get("StartChargeSeq")));
        assertThat(stopResult.get("SuccStat")).hasToString("0");
        assertThat(stopResult.get("StartChargeSeqStat")).hasToString("4");
        awaitOutbox(p -> "notification_charge_order_info".equals(p.get("interfaceName")) && startSeq.equals(p.get("businessKey"))
                && "DELIVERED".equals(p.get("status")), "order info delivered");
        AdminApi.sleep(5_000); // retries after delivery would show by now
        assertThat(received.stream().filter(r -> r.iface().equals("notification_charge_order_info")
                && startSeq.equals(r.data().get("StartChargeSeq")))).as("order info delivered once").hasSize(1);
        assertThat(received.stream().filter(r -> r.iface().equals("notification_start_charge_result"))).hasSize(1);
        assertThat(refusedWhileDown.get()).as("calls refused while the partner was down").isPositive();
        assertThat(partnerProblems).as("every push arrived signed, encrypted and with our token").isEmpty();

        // reconciliation: our order as the partner has it, one with the wrong money, one we never had
        String payable = dec(settled, "settlement.payableAmount").toPlainString();
        String power = dec(settled, "energyKwh").setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        Map<String, Object> check = ok(call("check_charge_orders", "{\"CheckOrderSeq\":\"" + seq27() + "\",\"StartTime\":\"2026-01-01 00:00:00\","
                + "\"EndTime\":\"2099-01-01 00:00:00\",\"OrderCount\":3,\"TotalOrderPower\":0,\"TotalOrderMoney\":0,\"ChargeOrders\":["
                + "{\"StartChargeSeq\":\"" + startSeq + "\",\"TotalPower\":" + power + ",\"TotalMoney\":" + payable + "},"
                + "{\"StartChargeSeq\":\"" + startSeq + "\",\"TotalPower\":" + power + ",\"TotalMoney\":999.99},"
                + "{\"StartChargeSeq\":\"" + seq27() + "\",\"TotalPower\":1.00,\"TotalMoney\":1.00}]}", token));
        assertThat(check.get("TotalDisputeOrder")).hasToString("2");
        assertThat(list(check, "DisputeOrders")).extracting(d -> d.get("DisputeReason").toString()).containsExactly("2", "1");
        Map<String, Object> finished = ok(call("query_equip_charge_status", "{\"StartChargeSeq\":\"" + startSeq + "\"}", token));
        assertThat(finished.get("StartChargeSeqStat")).hasToString("4");
        assertThat(dec(finished, "TotalMoney")).isEqualByComparingTo(dec(settled, "settlement.payableAmount"));
        Map<String, Object> stopAgain = ok(call("query_stop_charge", "{\"StartChargeSeq\":\"" + startSeq + "\",\"ConnectorID\":\"" + GUN + "\"}", token));
        assertThat(stopAgain.get("SuccStat")).hasToString("1");
        assertThat(stopAgain.get("FailReason")).hasToString("3");
    }

    @Test
    @Order(4)
    void everyGunStateChangeIsPushedAsStationStatus() {
        // the charge of the previous test went through 占用(未充电) → 充电中 → 占用(未充电), each change pushed
        awaitPush("notification_stationStatus", d -> connector(d, GUN, 3));
        int before = received.size();
        pile.unplug(1);
        Map<String, Object> idle = awaitPush("notification_stationStatus", d -> connector(d, GUN, 1));
        assertThat(idle.get("ConnectorStatusInfo")).asString().contains("ParkStatus=0");
        pile.plugIn(1);
        long deadline = System.nanoTime() + T.toNanos();
        while (received.subList(before, received.size()).stream().noneMatch(r -> r.iface().equals("notification_stationStatus")
                && connector(r.data(), GUN, 2)) && System.nanoTime() < deadline) {
            AdminApi.sleep(200);
        }
        assertThat(received.subList(before, received.size())).as("plugged in again: 占用(未充电) pushed after 空闲")
                .anyMatch(r -> r.iface().equals("notification_stationStatus") && connector(r.data(), GUN, 2));
        awaitOutbox(p -> "notification_stationStatus".equals(p.get("interfaceName"))
                && String.valueOf(p.get("businessKey")).startsWith(GUN + "@") && "DELIVERED".equals(p.get("status")),
                "station status delivered");
        assertThat(received).as("the franchisee's guns are not shared with this partner")
                .noneMatch(r -> r.iface().equals("notification_stationStatus") && r.data().toString().contains("ConnectorID=32010400"));
        assertThat(partnerProblems).as("every push arrived signed, encrypted and with our token").isEmpty();
    }

    @SuppressWarnings("unchecked")
    static boolean connector(Map<String, Object> d, String connectorId, int status) {
        Object info = d.get("ConnectorStatusInfo");
        return info instanceof Map<?, ?> m && connectorId.equals(((Map<String, Object>) m).get("ConnectorID"))
                && String.valueOf(status).equals(String.valueOf(((Map<String, Object>) m).get("Status")));
    }

    @Test
    @Order(5)
    void partnersAreCreatedAndTheirSecretsRotatedWithoutEverShowingThem() {
        String in = "{\"operatorSecret\":\"inOperatorSecr01\",\"dataSecret\":\"inDataSecret0001\",\"dataSecretIv\":\"inDataSecretIv01\",\"sigSecret\":\"inSigSecret00001\"}";
        String out = "{\"operatorSecret\":\"" + SECRET + "\",\"dataSecret\":\"" + SECRET + "\",\"dataSecretIv\":\"" + SECRET + "\",\"sigSecret\":\"" + SECRET + "\"}";
        String base = "http://127.0.0.1:" + partnerServer.getAddress().getPort() + "/operator/v1/";
        assertProblem(api.post("/interconnect/partners", "{\"operatorId\":\"" + OPERATOR + "\",\"name\":\"x\",\"role\":\"OPERATOR\",\"pathStyle\":\"/evcs/v9/\",\"in\":" + in + "}"), 400, "invalid-partner");
        // validation: 400 with the problem's slug, nothing created
        assertProblem(api.post("/interconnect/partners", "{\"operatorId\":\"" + OPERATOR + "\",\"name\":\"x\",\"role\":\"OPERATOR\"}"), 400, "invalid-partner");
        assertProblem(api.post("/interconnect/partners", "{\"operatorId\":\"bad id!\",\"name\":\"x\",\"role\":\"OPERATOR\",\"in\":" + in + "}"), 400, "invalid-partner");
        assertProblem(api.post("/interconnect/partners", "{\"operatorId\":\"" + OPERATOR + "\",\"name\":\"x\",\"role\":\"KING\",\"in\":" + in + "}"), 400, "invalid-partner");
        assertProblem(api.post("/interconnect/partners", "{\"operatorId\":\"" + OPERATOR + "\",\"name\":\"x\",\"role\":\"OPERATOR\",\"in\":"
                + in.replace("inSigSecret00001", "short") + "}"), 400, "invalid-partner");
        assertProblem(api.post("/interconnect/partners", "{\"operatorId\":\"" + OPERATOR + "\",\"name\":\"x\",\"role\":\"OPERATOR\",\"baseUrl\":\"ftp://x/\",\"in\":" + in + "}"), 400, "invalid-partner");
        assertThat(api.get("/interconnect/partners/" + OPERATOR).status()).isEqualTo(404);

        AdminApi.Reply created = api.post("/interconnect/partners", "{\"operatorId\":\"" + OPERATOR + "\",\"name\":\"第三方运营商\",\"role\":\"OPERATOR\","
                + "\"baseUrl\":\"" + base + "\",\"pathStyle\":\"PLAIN\",\"in\":" + in + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.map()).containsEntry("pathStyle", "PLAIN");
        assertThat(created.map()).containsEntry("operatorId", OPERATOR).containsEntry("role", "OPERATOR").containsEntry("status", "ACTIVE")
                .containsEntry("baseUrl", base).containsEntry("outboundSecretsSet", false);
        assertThat(created.body()).doesNotContain("inOperatorSecr01", "inDataSecret0001", "inSigSecret00001", "Secret\":");
        assertProblem(api.post("/interconnect/partners", "{\"operatorId\":\"" + OPERATOR + "\",\"name\":\"x\",\"role\":\"OPERATOR\",\"in\":" + in + "}"), 409, "partner-exists");

        // rotation: validated, unknown partner 404, the outbound set makes it pullable; never echoed
        assertProblem(api.post("/interconnect/partners/" + OPERATOR + "/secrets", "{}"), 400, "invalid-partner");
        assertProblem(api.post("/interconnect/partners/" + OPERATOR + "/secrets", "{\"out\":" + out.replace(SECRET + "\",\"sigSecret", "abc\",\"sigSecret") + "}"), 400, "invalid-partner");
        assertThat(api.post("/interconnect/partners/NOBODY0001/secrets", "{\"out\":" + out + "}").status()).isEqualTo(404);
        assertProblem(api.post("/interconnect/partners/" + OPERATOR + "/pull", "{}"), 422, "partner-not-reachable");
        AdminApi.Reply rotated = api.post("/interconnect/partners/" + OPERATOR + "/secrets", "{\"out\":" + out + "}");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        assertThat(rotated.map()).containsEntry("outboundSecretsSet", true);
        assertThat(rotated.body()).doesNotContain(SECRET);
        assertThat(api.get("/interconnect/partners").body()).doesNotContain(SECRET, "inSigSecret00001");

        // the demo partner's inbound secrets rotated: its tokens stop working, the new OperatorSecret gets a token
        AdminApi.Reply demo = api.post("/interconnect/partners/" + PARTNER + "/secrets", "{\"in\":{\"operatorSecret\":\"rotatedOpSecret1\","
                + "\"dataSecret\":\"" + SECRET + "\",\"dataSecretIv\":\"" + SECRET + "\",\"sigSecret\":\"" + SECRET + "\"}}");
        assertThat(demo.status()).as(demo.toString()).isEqualTo(200);
        assertRet(post("query_station_status", seal("{\"StationIDs\":[\"1\"]}").json(), token), 4002);
        Map<String, Object> old = ok(call("query_token", "{\"OperatorID\":\"123456789\",\"OperatorSecret\":\"" + SECRET + "\"}", null));
        assertThat(old.get("SuccStat")).hasToString("1");
        Map<String, Object> fresh = ok(call("query_token", "{\"OperatorID\":\"123456789\",\"OperatorSecret\":\"rotatedOpSecret1\"}", null));
        assertThat(fresh.get("SuccStat")).hasToString("0");
        token = (String) fresh.get("AccessToken");
        assertThat(ok(call("query_station_status", "{\"StationIDs\":[\"1\"]}", token)).get("Total")).hasToString("1");
    }

    @Test
    @Order(6)
    void aThirdPartyOperatorsStationsStatusAndPricesArePulledAsInterconnectData() {
        AdminApi.Reply pulled = api.post("/interconnect/partners/" + OPERATOR + "/pull", "{}");
        assertThat(pulled.status()).as(pulled.toString()).isEqualTo(200);
        assertThat(pulled.map()).containsEntry("operatorId", OPERATOR);
        assertThat(pulled.map().get("stations")).hasToString("3");
        assertThat(pulled.map().get("pages")).as("all pages read").hasToString("2");
        assertThat(pulled.map().get("connectors")).hasToString("4");
        assertThat(pulled.map().get("prices")).as("two periods for three connectors, one policy refused").hasToString("6");
        assertThat(pulled.map().get("policiesRefused")).hasToString("1");
        assertThat(operatorCalls).contains("query_token", "query_stations_info", "query_station_status", "query_equip_business_policy");

        AdminApi.Reply stations = api.get("/interconnect/partners/" + OPERATOR + "/pulled-stations");
        assertThat(stations.status()).isEqualTo(200);
        List<Map<String, Object>> list = stations.list();
        assertThat(list).extracting(m -> m.get("stationId")).containsExactly("TS001", "TS002", "TS003");
        Map<String, Object> first = list.get(0);
        assertThat(first).containsEntry("name", "第三方一号站").containsEntry("areaCode", "320106");
        assertThat(dec(first, "lng")).isEqualByComparingTo("118.765432");
        Map<String, Object> equipment = list(first, "equipment").get(0);
        assertThat(equipment).containsEntry("equipmentId", "TE0011");
        List<Map<String, Object>> connectors = list(equipment, "connectors");
        assertThat(connectors).extracting(c -> c.get("connectorId")).containsExactly("TC00111", "TC00112");
        assertThat(connectors.get(0).get("status")).hasToString("3");
        assertThat(connectors.get(1).get("status")).hasToString("1");
        List<Map<String, Object>> prices = list(connectors.get(0), "prices");
        assertThat(prices).extracting(x -> x.get("startTime")).containsExactly("000000", "080000");
        assertThat(dec(prices.get(1), "elecPrice")).isEqualByComparingTo("1.2000");
        assertThat(dec(prices.get(1), "servicePrice")).as("ServicePrice spelling read too").isEqualByComparingTo("0.8000");
        AdminApi.Reply summary = api.get("/interconnect/partners/" + OPERATOR);
        assertThat(str(summary.map(), "lastPullResult")).startsWith("OK: 3 stations");
        // not our stations: the demo partner still sees our two
        assertThat(ok(call("query_stations_info", "{\"PageNo\":1,\"PageSize\":10}", token)).get("ItemSize")).hasToString("2");

        // the next pull replaces: a station the operator no longer lists is gone
        operatorDropsStation.set(true);
        AdminApi.Reply again = api.post("/interconnect/partners/" + OPERATOR + "/pull", "{}");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(api.get("/interconnect/partners/" + OPERATOR + "/pulled-stations").list())
                .extracting(m -> m.get("stationId")).containsExactly("TS001", "TS002");
        // an operator answering with the wrong signature: 422 pull-failed, recorded, data kept
        assertProblem(api.post("/interconnect/partners/" + OPERATOR + "/secrets", "{\"out\":{\"operatorSecret\":\"" + SECRET
                + "\",\"dataSecret\":\"" + SECRET + "\",\"dataSecretIv\":\"" + SECRET + "\",\"sigSecret\":\"ffffffffffffffff\"}}"), 200, null);
        assertProblem(api.post("/interconnect/partners/" + OPERATOR + "/pull", "{}"), 422, "pull-failed");
        assertThat(str(api.get("/interconnect/partners/" + OPERATOR).map(), "lastPullResult")).startsWith("FAILED");
        assertThat(api.get("/interconnect/partners/" + OPERATOR + "/pulled-stations").list()).hasSize(2);
    }

    @Test
    @Order(7)
    void aSupervisionPlatformGetsEveryOrderAtItsStations() {
        String gov = "GOV000001";
        String keys = "{\"operatorSecret\":\"" + SECRET + "\",\"dataSecret\":\"" + SECRET + "\",\"dataSecretIv\":\"" + SECRET + "\",\"sigSecret\":\"" + SECRET + "\"}";
        // a municipal platform in Shanghai's path style: {base}/shevcs/v1.0/{interface}
        AdminApi.Reply created = api.post("/interconnect/partners", "{\"operatorId\":\"" + gov + "\",\"name\":\"监管平台\",\"role\":\"GOVERNMENT\","
                + "\"baseUrl\":\"http://127.0.0.1:" + partnerServer.getAddress().getPort() + "/\",\"pathStyle\":\"SHEVCS_V1_0\",\"in\":" + keys
                + ",\"out\":" + keys + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.map()).containsEntry("pathStyle", "SHEVCS_V1_0").containsEntry("powerInterface", "notification_realtime_power_info");
        assertThat(created.map().get("powerSeconds")).as("every 5 minutes unless set").hasToString("300");
        assertThat(put("/interconnect/partners/" + gov, "{\"stationIds\":[1],\"pushes\":[\"notification_charge_order_info\"]}").status()).isEqualTo(200);

        AdminApi.Reply started = api.startOrder(AdminApi.DEMO_USER, GUN, new BigDecimal("20.00"));
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        String appOrder = str(started.map(), "orderNo");
        api.awaitState(appOrder, "CHARGING", T);
        assertThat(api.stop(appOrder).status()).isIn(200, 202);
        Map<String, Object> settled = api.awaitState(appOrder, "SETTLED", T);
        Received infoPush = awaitReceived("notification_charge_order_info", d -> appOrder.equals(d.get("StartChargeSeq")));
        assertThat(infoPush.path()).isEqualTo("/shevcs/v1.0/notification_charge_order_info");
        Map<String, Object> info = infoPush.data();
        assertThat(info).containsEntry("StationID", "1").containsEntry("EquipmentID", DC_PILE).containsEntry("OperatorID", US)
                .containsEntry("ConnectorID", GUN);
        assertThat(dec(info, "TotalMoney")).isEqualByComparingTo(dec(settled, "settlement.payableAmount"));
        AdminApi.sleep(3_000);
        assertThat(received.stream().filter(r -> appOrder.equals(r.data().get("StartChargeSeq"))))
                .as("once, and only to the supervision platform (the app's order is not the user platform's)").hasSize(1);
        assertThat(info).as("an app start carries no VIN").doesNotContainKey("VIN").doesNotContainKey("LicensePlate");

        // a plug-and-charge (VIN) start of a driver who registered that car: VIN and plate on the supervision push
        String vin = "LSVAU2180N2" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        AppApi driver = new AppApi(node);
        driver.register(AdminApi.DEMO_USER);
        AppApi.ok(driver.post("/vehicles", Json.object("plateNo", "苏A8" + vin.substring(13), "vin", vin)), 201);
        AdminApi.Reply bound = api.post("/charging-credentials", "{\"kind\":\"VIN\",\"credential\":\"" + vin
                + "\",\"userPhone\":\"" + AdminApi.DEMO_USER + "\"}");
        assertThat(bound.status()).as(bound.toString()).isEqualTo(201);
        // this province names the real-time power interface its own way and wants it every 2 s
        assertProblem(put("/interconnect/partners/" + gov, "{\"powerInterface\":\"../query_token\"}"), 400, "invalid-partner");
        assertProblem(put("/interconnect/partners/" + gov, "{\"powerSeconds\":1}"), 400, "invalid-partner");
        AdminApi.Reply power2s = put("/interconnect/partners/" + gov, "{\"powerSeconds\":2,\"powerInterface\":\"" + PROVINCE_POWER + "\","
                + "\"pushes\":[\"notification_charge_order_info\",\"notification_realtime_power_info\"]}");
        assertThat(power2s.status()).as(power2s.toString()).isEqualTo(200);
        assertThat(power2s.map()).containsEntry("powerInterface", PROVINCE_POWER);
        assertThat(power2s.map().get("powerSeconds")).hasToString("2");
        pile.startWithVin(2, vin);
        long deadline = System.nanoTime() + T.toNanos();
        while (api.get("/charging-orders?gunCode=" + DC_PILE + "02").list().stream()
                .noneMatch(o -> "CHARGING".equals(o.get("state")))) {
            assertThat(System.nanoTime()).as("a VIN start charging on gun 2\n" + node.logTail()).isLessThan(deadline);
            AdminApi.sleep(200);
        }
        // real-time power every chargeStatusSeconds while it charges (provincial SupStationPowerInfos)
        Received powerPush = awaitReceived(PROVINCE_POWER, d -> String.valueOf(d).contains("ConnectorID=" + DC_PILE + "02"));
        assertThat(powerPush.path()).isEqualTo("/shevcs/v1.0/" + PROVINCE_POWER);
        Map<String, Object> power = powerPush.data();
        // a second one in a later 2-second slot: the outbox keys are the slots' starts, one push per slot
        awaitReceived(PROVINCE_POWER, d -> d != power && String.valueOf(d).contains("ConnectorID=" + DC_PILE + "02"));
        List<Long> slots = api.get("/interconnect/partners/" + gov + "/pushes?limit=1000").list().stream()
                .filter(x -> "notification_realtime_power_info".equals(x.get("interfaceName")))
                .map(x -> Long.parseLong(String.valueOf(x.get("businessKey")).substring("power@".length()))).toList();
        assertThat(slots).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates().allSatisfy(slot -> assertThat(slot % 2).isZero());
        @SuppressWarnings("unchecked")
        Map<String, Object> st = ((List<Map<String, Object>>) power.get("SupStationPowerInfos")).get(0);
        assertThat(st).containsEntry("StationID", "1").containsEntry("OperatorID", US).containsKey("StationRealTimePower");
        pile.stopLocally(2);
        Map<String, Object> vinInfo = awaitPush("notification_charge_order_info", d -> vin.equals(d.get("VIN")));
        assertThat(vinInfo).containsEntry("ConnectorID", DC_PILE + "02").containsEntry("LicensePlate", "苏A8" + vin.substring(13))
                .containsEntry("EquipmentID", DC_PILE);

        // station info: a pile registered at its station reaches it as notification_stationInfo with the new equipment
        assertThat(put("/interconnect/partners/" + gov, "{\"pushes\":[\"notification_charge_order_info\",\"notification_stationInfo\"]}")
                .status()).isEqualTo(200);
        AdminApi.Reply registered = api.post("/piles", Json.object("pileCode", "32010600007777", "stationId", 1, "pileType", "AC",
                "gunCount", 1, "ratedPowerKw", new BigDecimal("7.00"), "manufacturer", "IT", "model", "SIM-AC7"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Received stationInfoPush = awaitReceived("notification_stationInfo", d -> String.valueOf(d).contains("32010600007777"));
        assertThat(stationInfoPush.path()).isEqualTo("/shevcs/v1.0/notification_stationInfo");
        @SuppressWarnings("unchecked")
        Map<String, Object> si = (Map<String, Object>) stationInfoPush.data().get("StationInfo");
        assertThat(si).containsEntry("StationID", "1").containsEntry("OperatorID", US);
        assertThat(String.valueOf(si.get("EquipmentInfos"))).contains(DC_PILE).contains("32010600007777");
        // a pile at the franchisee's station (not shared with it) is no change for this platform
        AdminApi.Reply elsewhere = api.post("/piles", Json.object("pileCode", "32010400007777", "stationId", 3, "pileType", "AC",
                "gunCount", 1, "ratedPowerKw", new BigDecimal("7.00"), "manufacturer", "IT", "model", "SIM-AC7"));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
        AdminApi.sleep(3_000);
        assertThat(received.stream().filter(r -> r.iface().equals("notification_stationInfo") && r.path().startsWith("/shevcs/")))
                .as("one push for the one change at its station, none for the franchisee's").hasSize(1);
        // its scope grows by station 2: that station's info reaches it once; station 1's is not sent again
        AdminApi.Reply wider = put("/interconnect/partners/" + gov, "{\"stationIds\":[1,2]}");
        assertThat(wider.status()).as(wider.toString()).isEqualTo(200);
        awaitReceived("notification_stationInfo", d -> d.get("StationInfo") instanceof Map<?, ?> m && "2".equals(m.get("StationID")));
        AdminApi.sleep(3_000);
        assertThat(received.stream().filter(r -> r.iface().equals("notification_stationInfo") && r.path().startsWith("/shevcs/"))
                .map(InterconnectPartnerIT::stationOf)).containsExactly("1", "2");
    }

    @Test
    @Order(8)
    void everyCallIsInTheCallLogWithoutSecrets() {
        AdminApi.Reply log = api.get("/interconnect/partners/" + PARTNER + "/calls?limit=1000");
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        List<Map<String, Object>> calls = log.list();
        assertThat(calls).anySatisfy(c -> assertThat(c).containsEntry("direction", "IN").containsEntry("interfaceName", "query_token")
                .containsEntry("ret", BigDecimal.ZERO).containsKey("durationMs").containsKey("calledAt"));
        assertThat(calls).anySatisfy(c -> assertThat(c).containsEntry("direction", "IN").containsEntry("ret", new BigDecimal("4001")));
        assertThat(calls).anySatisfy(c -> assertThat(c).containsEntry("direction", "IN").containsEntry("ret", new BigDecimal("4002")));
        assertThat(calls).anySatisfy(c -> assertThat(c).containsEntry("direction", "OUT")
                .containsEntry("interfaceName", "notification_charge_order_info").containsEntry("ret", BigDecimal.ZERO));
        assertThat(calls).as("the partner down: the failed attempts are logged without a Ret")
                .anySatisfy(c -> assertThat(c).containsEntry("direction", "OUT").doesNotContainKey("ret"));
        assertThat(log.toString()).as("no secret, no token value (the 4002 note names the header, not a token)")
                .doesNotContain(SECRET).doesNotContain(token);
        assertThat(api.get("/interconnect/partners/" + OPERATOR + "/calls").list())
                .anySatisfy(c -> assertThat(c).containsEntry("direction", "OUT").containsEntry("interfaceName", "query_stations_info"));
        assertProblem(api.get("/interconnect/partners/" + PARTNER + "/calls?limit=0"), 400, "invalid-limit");
    }

    @Test
    @Order(9)
    void aStationChangeReachesAPlatformSharingAllStationsOncePerChangeInItsPathStyle() {
        // a user platform in Xiaoju's style: token at evcs/sdk/query_token, notifications at the root of its base URL
        String xj = "MA0XIAOJU";
        String keys = "{\"operatorSecret\":\"" + SECRET + "\",\"dataSecret\":\"" + SECRET + "\",\"dataSecretIv\":\"" + SECRET + "\",\"sigSecret\":\"" + SECRET + "\"}";
        AdminApi.Reply created = api.post("/interconnect/partners", "{\"operatorId\":\"" + xj + "\",\"name\":\"聚合平台\",\"role\":\"USER_PLATFORM\","
                + "\"baseUrl\":\"http://127.0.0.1:" + partnerServer.getAddress().getPort() + "/xj/\",\"pathStyle\":\"XIAOJU\",\"in\":" + keys
                + ",\"out\":" + keys + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        AdminApi.Reply all = put("/interconnect/partners/" + xj, "{\"stationScope\":\"ALL\",\"pushes\":[\"notification_stationInfo\"]}");
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        // the stations it sees from now on reach it at once, each one once
        List<String> existing = api.get("/stations").list().stream().map(st -> String.valueOf(((Number) st.get("id")).longValue())).toList();
        awaitDelivered(xj, "notification_stationInfo", existing.size());
        assertThat(received.stream().filter(r -> r.path().equals("/xj/notification_stationInfo")).map(InterconnectPartnerIT::stationOf))
                .containsExactlyInAnyOrderElementsOf(existing);

        // a station opened (merchant 1): shared at once with a partner that sees ALL stations
        AdminApi.Reply station = api.post("/stations", "{\"merchantId\":1,\"stationCode\":\"ICXJ0001\",\"name\":\"互联测试站\","
                + "\"address\":\"江苏省南京市秦淮区中山南路9号\",\"provinceCode\":\"320000\",\"cityCode\":\"320100\",\"districtCode\":\"320104\","
                + "\"longitude\":118.7969,\"latitude\":32.0415,\"coordinateSystem\":\"GCJ02\",\"stationType\":\"PUBLIC\",\"status\":\"OPERATING\"}");
        assertThat(station.status()).as(station.toString()).isEqualTo(201);
        String stationId = String.valueOf(((Number) station.map().get("id")).longValue());
        Received opened = awaitReceived("notification_stationInfo",
                d -> d.get("StationInfo") instanceof Map<?, ?> m && stationId.equals(m.get("StationID")));
        assertThat(opened.path()).isEqualTo("/xj/notification_stationInfo");
        assertThat(paths).contains("/xj/evcs/sdk/query_token");

        // a second change to it (a pile registered there): one more push, carrying the pile
        AdminApi.Reply pile2 = api.post("/piles", Json.object("pileCode", "32010600008888", "stationId", Long.valueOf(stationId),
                "pileType", "AC", "gunCount", 1, "ratedPowerKw", new BigDecimal("7.00"), "manufacturer", "IT", "model", "SIM-AC7",
                "tariffTemplateId", 1L));
        assertThat(pile2.status()).as(pile2.toString()).isEqualTo(201);
        awaitReceived("notification_stationInfo", d -> String.valueOf(d).contains("32010600008888"));
        awaitDelivered(xj, "notification_stationInfo", existing.size() + 2);
        AdminApi.sleep(3_000);
        assertThat(received.stream().filter(r -> r.path().equals("/xj/notification_stationInfo")).map(InterconnectPartnerIT::stationOf))
                .as("exactly one push per change: opened, then the pile; the others once when shared")
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(existing.stream(), java.util.stream.Stream.of(stationId, stationId)).toList());
        assertThat(api.get("/interconnect/partners/" + xj + "/pushes").list())
                .allSatisfy(x -> assertThat(x).containsEntry("status", "DELIVERED").containsEntry("attempts", BigDecimal.ONE));
    }

    @SuppressWarnings("unchecked")
    static String stationOf(Received r) {
        return String.valueOf(((Map<String, Object>) r.data().get("StationInfo")).get("StationID"));
    }

    static void awaitDelivered(String operatorId, String iface, int count) {
        long deadline = System.nanoTime() + T.toNanos();
        AdminApi.Reply last = null;
        while (System.nanoTime() < deadline) {
            last = api.get("/interconnect/partners/" + operatorId + "/pushes?status=DELIVERED");
            if (last.status() == 200 && last.list().stream().filter(x -> iface.equals(x.get("interfaceName"))).count() >= count) {
                return;
            }
            AdminApi.sleep(300);
        }
        throw new AssertionError(count + " " + iface + " not delivered to " + operatorId + ": " + last + "\n" + node.logTail());
    }

    static void assertProblem(AdminApi.Reply r, int status, String slug) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        if (slug != null) {
            assertThat(str(r.map(), "type")).as(r.toString()).endsWith("/" + slug);
        }
    }

    // ---- a third-party operator (the pull side) --------------------------------------------------------------------

    private static void operatorEndpoint(HttpExchange x) throws IOException {
        String iface = x.getRequestURI().getPath().substring("/operator/v1/".length());
        operatorCalls.add(iface);
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String answer;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> env = (Map<String, Object>) Json.parse(body);
            String data = (String) env.get("Data");
            if (!hmac(env.get("OperatorID") + data + env.get("TimeStamp") + env.get("Seq")).equals(env.get("Sig")) || !US.equals(env.get("OperatorID"))) {
                answer = response(4001, "签名错误", null);
            } else if (iface.equals("query_token")) {
                answer = response(0, "", "{\"OperatorID\":\"" + US + "\",\"SuccStat\":0,\"AccessToken\":\"operator-token\",\"TokenAvailableTime\":7200,\"FailReason\":0}");
            } else if (!"Bearer operator-token".equals(x.getRequestHeaders().getFirst("Authorization"))) {
                answer = response(4002, "Token错误", null);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> d = (Map<String, Object>) Json.parse(decrypt(data));
                answer = response(0, "", switch (iface) {
                    case "query_stations_info" -> operatorStations(Integer.parseInt(d.get("PageNo").toString()));
                    case "query_station_status" -> "{\"Total\":1,\"StationStatusInfos\":[{\"StationID\":\"TS001\",\"ConnectorStatusInfos\":["
                            + "{\"ConnectorID\":\"TC00111\",\"Status\":3},{\"ConnectorID\":\"TC00112\",\"Status\":1}]}]}";
                    case "query_equip_business_policy" -> "TC00301".equals(d.get("ConnectorID"))
                            ? "{\"EquipBizSeq\":\"" + d.get("EquipBizSeq") + "\",\"ConnectorID\":\"TC00301\",\"SuccStat\":1,\"FailReason\":1,\"SumPeriod\":0,\"PolicyInfos\":[]}"
                            : "{\"EquipBizSeq\":\"" + d.get("EquipBizSeq") + "\",\"ConnectorID\":\"" + d.get("ConnectorID") + "\",\"SuccStat\":0,\"FailReason\":0,"
                            + "\"SumPeriod\":2,\"PolicyInfos\":[{\"StartTime\":\"000000\",\"ElecPrice\":0.4000,\"SevicePrice\":0.5000},"
                            + "{\"StartTime\":\"080000\",\"ElecPrice\":\"1.2000\",\"ServicePrice\":0.8}]}";
                    default -> throw new IllegalArgumentException("not served: " + iface);
                });
            }
        } catch (RuntimeException e) {
            answer = response(4004, "请求的业务参数不合法", null);
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        x.sendResponseHeaders(200, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    /** Two stations a page whatever PageSize says (operators do that): TS001 and TS002, then TS003. */
    private static String operatorStations(int page) {
        String ts1 = "{\"StationID\":\"TS001\",\"OperatorID\":\"" + OPERATOR + "\",\"EquipmentOwnerID\":\"" + OPERATOR + "\",\"StationName\":\"第三方一号站\","
                + "\"CountryCode\":\"CN\",\"AreaCode\":\"320106\",\"Address\":\"南京市鼓楼区某路1号\",\"ServiceTel\":\"4000000000\",\"StationType\":1,"
                + "\"StationStatus\":50,\"ParkNums\":0,\"StationLng\":118.765432,\"StationLat\":32.054321,\"Construction\":255,\"BusineHours\":\"00:00-24:00\","
                + "\"EquipmentInfos\":[{\"EquipmentID\":\"TE0011\",\"EquipmentType\":1,\"EquipmentModel\":\"DC120\",\"Power\":120.0,\"ConnectorInfos\":["
                + "{\"ConnectorID\":\"TC00111\",\"ConnectorType\":4,\"Power\":60.0},{\"ConnectorID\":\"TC00112\",\"ConnectorType\":4,\"Power\":60.0}]}]}";
        String ts2 = "{\"StationID\":\"TS002\",\"OperatorID\":\"" + OPERATOR + "\",\"StationName\":\"第三方二号站\",\"AreaCode\":\"320104\",\"StationType\":1,"
                + "\"StationStatus\":50,\"StationLng\":\"118.7\",\"StationLat\":\"32.0\",\"EquipmentInfos\":[{\"EquipmentID\":\"TE0021\",\"EquipmentType\":2,"
                + "\"Power\":7,\"ConnectorInfos\":[{\"ConnectorID\":\"TC00211\",\"ConnectorType\":3,\"Power\":7}]}]}";
        String ts3 = "{\"StationID\":\"TS003\",\"OperatorID\":\"" + OPERATOR + "\",\"StationName\":\"第三方三号站\",\"AreaCode\":\"320105\",\"StationType\":1,"
                + "\"StationStatus\":50,\"StationLng\":118.8,\"StationLat\":32.1,\"EquipmentInfos\":[{\"EquipmentID\":\"TE0031\",\"EquipmentType\":1,"
                + "\"Power\":60,\"ConnectorInfos\":[{\"ConnectorID\":\"TC00301\",\"ConnectorType\":4,\"Power\":60}]}]}";
        boolean drop = operatorDropsStation.get();
        int count = drop ? 2 : 3;
        String items = page == 1 ? ts1 + "," + ts2 : drop ? "" : ts3;
        return "{\"PageNo\":" + page + ",\"PageCount\":" + (drop ? 1 : 2) + ",\"ItemSize\":" + count + ",\"StationInfos\":[" + items + "]}";
    }

    // ---- the partner's endpoint ----------------------------------------------------------------------------------

    private static void partnerEndpoint(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        String iface = path.substring(path.lastIndexOf('/') + 1);
        paths.add(path);
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (partnerDown.get()) {
            refusedWhileDown.incrementAndGet();
            x.sendResponseHeaders(503, -1);
            x.close();
            return;
        }
        String answer;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> env = (Map<String, Object>) Json.parse(body);
            String data = (String) env.get("Data");
            String expected = hmac(env.get("OperatorID") + data + env.get("TimeStamp") + env.get("Seq"));
            if (!expected.equals(env.get("Sig")) || !US.equals(env.get("OperatorID"))) {
                partnerProblems.add(iface + ": bad signature or OperatorID " + body);
                answer = response(4001, "签名错误", null);
            } else if (iface.equals("query_token")) {
                answer = response(0, "", "{\"OperatorID\":\"" + US + "\",\"SuccStat\":0,\"AccessToken\":\"partner-issued-token\",\"TokenAvailableTime\":7200,\"FailReason\":0}");
            } else if (!"Bearer partner-issued-token".equals(x.getRequestHeaders().getFirst("Authorization"))) {
                partnerProblems.add(iface + ": no token");
                answer = response(4002, "Token错误", null);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> d = (Map<String, Object>) Json.parse(decrypt(data));
                received.add(new Received(iface, d, path));
                String seq = String.valueOf(d.get("StartChargeSeq"));
                answer = response(0, "", switch (iface) {
                    case "notification_charge_order_info" -> "{\"StartChargeSeq\":\"" + seq + "\",\"ConnectorID\":\"" + d.get("ConnectorID") + "\",\"ConfirmResult\":0}";
                    case "notification_stationStatus" -> "{\"Status\":0}";
                    default -> "{\"StartChargeSeq\":\"" + seq + "\",\"SuccStat\":0,\"FailReason\":0}";
                });
            }
        } catch (RuntimeException e) {
            partnerProblems.add(iface + ": " + e);
            answer = response(4003, "POST参数不合法", null);
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        x.sendResponseHeaders(200, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    private static String response(int ret, String msg, String plain) {
        String data = plain == null ? "" : encrypt(plain);
        return Json.object("Ret", ret, "Msg", msg, "Data", data, "Sig", hmac(ret + msg + data));
    }

    // ---- calling the platform as the partner ----------------------------------------------------------------------

    record Envelope(String operatorId, String data, String timeStamp, String seq, String sig) {
        String json() {
            return Json.object("OperatorID", operatorId, "Data", data, "TimeStamp", timeStamp, "Seq", seq, "Sig", sig);
        }
    }

    /** A fresh envelope: TimeStamp now, a Seq of its own. */
    static Envelope seal(String plain) {
        return signed(encrypt(plain));
    }

    static Envelope signed(String data) {
        String ts = LocalDateTime.now(ZONE).format(STAMP);
        String seq = String.format("%04d", SEQ.incrementAndGet() % 10000);
        return new Envelope(PARTNER, data, ts, seq, hmac(PARTNER + data + ts + seq));
    }

    static Map<String, Object> call(String iface, String plain, String bearer) {
        return post(iface, seal(plain).json(), bearer);
    }

    /** The answer envelope, its signature checked (Ret+Msg+Data), Data decrypted into "_data". */
    @SuppressWarnings("unchecked")
    static Map<String, Object> post(String iface, String body, String bearer) {
        HttpResponse<String> r = postRaw(iface, body, bearer);
        assertThat(r.statusCode()).as(iface + " " + r.body()).isEqualTo(200);
        Map<String, Object> env = (Map<String, Object>) Json.parse(r.body());
        String data = (String) env.get("Data");
        String sig = (String) env.get("Sig");
        if (!sig.isEmpty()) {
            assertThat(sig).as("response signature of " + iface).isEqualTo(hmac(env.get("Ret").toString() + env.get("Msg") + data));
        }
        if (!data.isEmpty()) {
            env.put("_data", Json.parse(decrypt(data)));
        }
        return env;
    }

    static HttpResponse<String> postRaw(String iface, String body, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(node.url("/api/evcs/v1/" + iface)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json;charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(iface + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> ok(Map<String, Object> env) {
        assertThat(env.get("Ret")).as(env.toString()).hasToString("0");
        return (Map<String, Object>) env.get("_data");
    }

    static void assertRet(Map<String, Object> env, int ret) {
        assertThat(env.get("Ret")).as(env.toString()).hasToString(Integer.toString(ret));
        if (ret != 0) {
            assertThat((String) env.get("Msg")).as("Msg of " + env).isNotBlank();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> m, String name) {
        return (List<Map<String, Object>>) m.get(name);
    }

    static String seq27() {
        return PARTNER + LocalDateTime.now(ZONE).format(STAMP) + String.format("%04d", SEQ.incrementAndGet() % 10000);
    }

    static String flip(String sig) {
        return (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1);
    }

    // ---- waiting ---------------------------------------------------------------------------------------------------

    static Map<String, Object> awaitPush(String iface, Predicate<Map<String, Object>> which) {
        return awaitReceived(iface, which).data();
    }

    static Received awaitReceived(String iface, Predicate<Map<String, Object>> which) {
        long deadline = System.nanoTime() + T.toNanos();
        while (System.nanoTime() < deadline) {
            for (Received r : received) {
                if (r.iface().equals(iface) && which.test(r.data())) {
                    return r;
                }
            }
            AdminApi.sleep(200);
        }
        throw new AssertionError("no " + iface + " received; got " + received + "; outbox "
                + api.get("/interconnect/partners/" + PARTNER + "/pushes") + "\n" + node.logTail());
    }

    static void awaitOutbox(Predicate<Map<String, Object>> which, String what) {
        long deadline = System.nanoTime() + T.toNanos();
        AdminApi.Reply last = null;
        while (System.nanoTime() < deadline) {
            last = api.get("/interconnect/partners/" + PARTNER + "/pushes");
            if (last.status() == 200 && last.list().stream().anyMatch(which)) {
                return;
            }
            AdminApi.sleep(300);
        }
        throw new AssertionError(what + " not seen: " + last + "\n" + node.logTail());
    }

    static int ordersOnGun() {
        return api.orders("gunCode=" + GUN + "&limit=500").size();
    }

    static AdminApi.Reply put(String path, String json) {
        return putAs(node, path, json);
    }

    static AdminApi.Reply putAs(MicroNode node, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(node.url(AdminApi.BASE + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (AdminApi.DEMO_OPERATOR + ":" + AdminApi.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new AdminApi.Reply("PUT " + path + " " + json, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.body(), java.util.Optional.empty());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    // ---- the standard's crypto, written independently of the platform's ----------------------------------------------

    static String encrypt(String plain) {
        try {
            Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "AES"),
                    new IvParameterSpec(SECRET.getBytes(StandardCharsets.UTF_8)));
            return Base64.getEncoder().encodeToString(c.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String decrypt(String data) {
        try {
            Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "AES"),
                    new IvParameterSpec(SECRET.getBytes(StandardCharsets.UTF_8)));
            return new String(c.doFinal(Base64.getDecoder().decode(data)), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacMD5");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacMD5"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
