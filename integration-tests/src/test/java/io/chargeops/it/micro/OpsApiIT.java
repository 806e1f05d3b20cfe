package io.chargeops.it.micro;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.message.BillingModelSetRequest;
import io.chargeops.pile.protocol.ykc.message.RebootRequest;
import io.chargeops.pile.protocol.ykc.message.TimeSyncRequest;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.simulator.PileConfig;
import io.chargeops.pile.simulator.SimIntervals;
import io.chargeops.pile.simulator.SimulatedPile;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The ops API ({@code /api/admin/v1}) on the real platform with piles over real TCP: HTTP Basic with console
 * accounts, a station, tariff and pile created through the API and the simulated pile logging in with that tariff's
 * model, a new tariff version pushed to it (0x58) with its result recorded, pile commands in the command log with
 * the pile's answers, a free pile onboarded, and a matrix of bad requests that all answer 4xx problem+json and change
 * nothing. Runs on a node of its own: it adds tariff versions, which must not disturb other tests' prices.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpsApiIT {

    static final String STATION_CODE = "OPSIT001";
    static final String PILE = "32010699000001";
    static final String FREE_PILE = "32010699000077";

    static MicroNode node;
    static AdminApi api;
    static EventLoopGroup group;
    static final HttpClient http = HttpClient.newHttpClient();
    static long stationId;
    static long tariffId;
    static String firstModelNo;

    @BeforeAll
    static void boot() {
        node = new MicroNode("ops").start();
        api = new AdminApi(node);
        group = new NioEventLoopGroup(2);
    }

    @AfterAll
    static void shutdown() {
        if (group != null) {
            group.shutdownGracefully();
        }
        if (node != null) {
            node.stop();
        }
    }

    // ---- authentication ---------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void adminApiNeedsAConsoleAccountWithAnOperatingRole() throws Exception {
        HttpResponse<String> none = raw("/api/admin/v1/stations", null);
        assertProblem(none, 401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic realm=\"ChargeOps\""));

        HttpResponse<String> wrong = raw("/api/admin/v1/stations", basic("13900000000", "wrong-password"));
        assertProblem(wrong, 401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();
        assertProblem(raw("/api/admin/v1/stations", "Basic !!!not-base64"), 401);
        assertProblem(raw("/api/admin/v1/no-such-thing", null), 401);

        HttpResponse<String> finance = raw("/api/admin/v1/stations", basic("13900000002", "ChargeOps#2026"));
        assertProblem(finance, 403);

        HttpResponse<String> operator = raw("/api/admin/v1/stations", basic("13900000001", "ChargeOps#2026"));
        assertThat(operator.statusCode()).as(operator.body()).isEqualTo(200);
        HttpResponse<String> admin = raw("/api/admin/v1/stations", basic("13900000000", "ChargeOps#2026"));
        assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
        assertThat(admin.body()).contains("NJGL0001");

        // the app API stays open
        assertThat(raw("/api/app/v1/guns/3201060000000101", null).statusCode()).isEqualTo(200);
    }

    // ---- station, tariff, pile through the API; the pile logs in with that tariff -------------------------------------

    @Test
    @Order(2)
    void stationTariffAndPileCreatedThroughTheApiAndThePileLogsIn() {
        AdminApi.Reply station = api.post("/stations", stationJson(STATION_CODE));
        assertThat(station.status()).as(station.toString()).isEqualTo(201);
        assertThat(station.location()).hasValueSatisfying(l -> assertThat(l).contains("/api/admin/v1/stations/"));
        stationId = ((Number) station.map().get("id")).longValue();
        assertThat(api.get("/stations/" + stationId).status()).isEqualTo(200);

        AdminApi.Reply tariff = api.post("/tariffs", tariffJson("\"merchantId\":1,\"name\":\"运维测试电价\",", "0"));
        assertThat(tariff.status()).as(tariff.toString()).isEqualTo(201);
        tariffId = ((Number) tariff.map().get("id")).longValue();
        firstModelNo = (String) tariff.map().get("modelNo");
        assertThat(tariff.body()).contains("\"versionInForce\":1").contains("1.18520");

        AdminApi.Reply pile = api.post("/piles", "{\"pileCode\":\"" + PILE + "\",\"stationId\":" + stationId
                + ",\"pileType\":\"DC\",\"gunCount\":2,\"ratedPowerKw\":60,\"manufacturer\":\"示范\",\"tariffTemplateId\":" + tariffId + "}");
        assertThat(pile.status()).as(pile.toString()).isEqualTo(201);
        assertThat(pile.body()).contains("\"status\":\"ACTIVE\"").contains(PILE + "01").contains(PILE + "02");
        assertThat(api.get("/guns/" + PILE + "02").body()).contains("\"connectorType\":\"GBT_DC\"");

        try (SimulatedPile sim = simulated(PILE, 2)) {
            assertThat(sim.loginResult()).succeedsWithin(Duration.ofSeconds(15)).isEqualTo(LoginResult.SUCCESS);
            sim.awaitOnline(Duration.ofSeconds(15));
            assertThat(sim.billingModel().id().digits()).isEqualTo(firstModelNo);
            await(() -> api.get("/piles/" + PILE).body().contains("\"online\":true"), Duration.ofSeconds(5), "pile online in the API");
        }
    }

    // ---- a new version reaches the online pile (0x58) and its result is recorded ---------------------------------------

    @Test
    @Order(3)
    void newTariffVersionIsPushedToTheOnlinePileAndTheResultRecorded() {
        try (SimulatedPile sim = simulated(PILE, 2)) {
            sim.awaitOnline(Duration.ofSeconds(15));
            AdminApi.Reply version = api.post("/tariffs/" + tariffId + "/versions", tariffJson("", "0.1"));
            assertThat(version.status()).as(version.toString()).isEqualTo(201);
            String modelNo = (String) version.map().get("modelNo");
            assertThat(modelNo).isNotEqualTo(firstModelNo);
            assertThat(version.map().get("versionNo")).hasToString("2");

            BillingModelSetRequest pushed = sim.awaitReceived(BillingModelSetRequest.class,
                    r -> r.model().id().digits().equals(modelNo), Duration.ofSeconds(20));
            assertThat(pushed.model().flat().electricity()).isEqualByComparingTo("0.72310");
            await(() -> api.get("/tariffs/" + tariffId + "/issues?pileCode=" + PILE).body().contains("\"result\":\"ACCEPTED\""),
                    Duration.ofSeconds(10), "issue result ACCEPTED");
            List<Map<String, Object>> issues = api.get("/tariffs/" + tariffId + "/issues").list();
            assertThat(issues).anySatisfy(i -> {
                assertThat(i.get("pileCode")).isEqualTo(PILE);
                assertThat(i.get("modelNo")).isEqualTo(modelNo);
                assertThat(i.get("trigger")).isEqualTo("VERSION");
                assertThat(i.get("result")).isEqualTo("ACCEPTED");
            });
            assertThat(api.get("/tariffs/" + tariffId).body()).contains("\"versionInForce\":2");
        }
    }

    // ---- commands with the pile's answer in the command log ------------------------------------------------------------

    @Test
    @Order(4)
    void commandsAreAnsweredAndRecordedWithThePilesAnswer() {
        try (SimulatedPile sim = simulated(PILE, 2)) {
            sim.awaitOnline(Duration.ofSeconds(15));
            AdminApi.Reply sync = api.post("/piles/" + PILE + "/commands/time-sync", "");
            assertThat(sync.status()).as(sync.toString()).isEqualTo(200);
            assertThat(sync.map().get("accepted")).isEqualTo(true);

            AdminApi.Reply data = api.post("/piles/" + PILE + "/commands/real-time-data", "{\"gunNo\":2}");
            assertThat(data.status()).as(data.toString()).isEqualTo(200);
            assertThat(data.body()).contains("\"gunNo\":2");
            assertThat(api.post("/piles/" + PILE + "/commands/ground-lock", "{\"gunNo\":1,\"command\":\"LOWER\"}").status()).isEqualTo(200);
            assertThat(api.post("/piles/" + PILE + "/commands/parameters", "{\"permission\":\"ALLOWED\",\"maxOutputPercent\":80}").status())
                    .isEqualTo(200);
            AdminApi.Reply tariff = api.post("/piles/" + PILE + "/commands/tariff", "");
            assertThat(tariff.status()).as(tariff.toString()).isEqualTo(200);
            assertThat(tariff.body()).contains("\"result\":\"ACCEPTED\"").contains("\"trigger\":\"MANUAL\"");

            long reboots = sim.reboots();
            AdminApi.Reply reboot = api.post("/piles/" + PILE + "/commands/reboot", "{\"execution\":\"IMMEDIATELY\"}");
            assertThat(reboot.status()).as(reboot.toString()).isEqualTo(200);
            assertThat(reboot.map().get("accepted")).isEqualTo(true);
            sim.awaitReceived(RebootRequest.class, r -> true, Duration.ofSeconds(5));
            await(() -> sim.reboots() > reboots, Duration.ofSeconds(10), "simulator rebooted");
            assertThat(sim.received(TimeSyncRequest.class)).isNotEmpty();
        }
        List<Map<String, Object>> log = api.get("/piles/" + PILE + "/commands?limit=50").list();
        Map<String, Object> reboot = log.stream().filter(c -> "REBOOT".equals(c.get("commandType"))).findFirst().orElseThrow();
        assertThat(reboot).containsEntry("result", "ANSWERED").containsEntry("frameType", "0x92")
                .containsEntry("actor", "operator:13900000000");
        assertThat((String) reboot.get("answer")).contains("SUCCESS");
        assertThat(log).filteredOn(c -> "TIME_SYNC".equals(c.get("commandType")) && "operator:13900000000".equals(c.get("actor")))
                .singleElement().satisfies(c -> {
                    assertThat(c.get("result")).isEqualTo("ANSWERED");
                    assertThat((String) c.get("answer")).startsWith("pile time=");
                });
        assertThat(log).extracting(c -> c.get("commandType"))
                .contains("READ_REAL_TIME_DATA", "GROUND_LOCK", "WORKING_PARAMETERS", "TARIFF");
    }

    // ---- free pile: refused, listed, onboarded, accepted -----------------------------------------------------------------

    @Test
    @Order(5)
    void freePileIsListedOnboardedAndItsNextLoginAccepted() {
        try (SimulatedPile sim = simulated(FREE_PILE, 1)) {
            assertThat(sim.loginResult()).succeedsWithin(Duration.ofSeconds(15)).isEqualTo(LoginResult.FAILURE);
            await(() -> api.get("/piles/free").body().contains(FREE_PILE), Duration.ofSeconds(5), "free pile listed");
            assertThat(api.get("/piles/" + FREE_PILE).body()).contains("\"status\":\"FREE\"");

            AdminApi.Reply noTariff = api.post("/piles/" + FREE_PILE + "/onboarding", "{\"stationId\":" + stationId + "}");
            assertProblem(noTariff, 422, "no-tariff");
            // the station gets the tariff (and every pile there with it); onboarding then takes the station's
            AdminApi.Reply assigned = api.post("/tariffs/" + tariffId + "/assignments", "{\"stationId\":" + stationId + "}");
            assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
            assertThat(assigned.body()).contains("\"stationWide\":true").contains(PILE);
            assertThat(api.get("/stations/" + stationId).body()).contains("\"tariffTemplateId\":" + tariffId);
            // the assigned pile is offline now: recorded so, it gets the model at its next login
            await(() -> api.get("/tariffs/" + tariffId + "/issues?pileCode=" + PILE).body()
                    .contains("\"trigger\":\"ASSIGNMENT\""), Duration.ofSeconds(15), "assignment push recorded");
            assertThat(api.get("/tariffs/" + tariffId + "/issues?pileCode=" + PILE).list().get(0))
                    .containsEntry("trigger", "ASSIGNMENT").containsEntry("result", "OFFLINE");

            AdminApi.Reply onboarded = api.post("/piles/" + FREE_PILE + "/onboarding", "{\"stationId\":" + stationId + "}");
            assertThat(onboarded.status()).as(onboarded.toString()).isEqualTo(200);
            assertThat(onboarded.body()).contains("\"status\":\"ACTIVE\"").contains(FREE_PILE + "01")
                    .contains("\"tariffTemplateId\":" + tariffId);
            assertThat(api.get("/piles/free").body()).doesNotContain(FREE_PILE);

            sim.awaitOnline(Duration.ofSeconds(60)); // the simulator retries its login and is accepted now
            assertThat(sim.billingModel()).isNotNull();
            await(() -> api.get("/piles/" + FREE_PILE).body().contains("\"online\":true"), Duration.ofSeconds(5), "onboarded pile online");
            AdminApi.Reply again = api.post("/piles/" + FREE_PILE + "/onboarding", "{\"stationId\":" + stationId + "}");
            assertProblem(again, 409, "pile-not-free");
        }
    }

    // ---- bad input: 4xx problem+json, nothing changed ---------------------------------------------------------------------

    @Test
    @Order(6)
    void badRequestsAreProblemsAndChangeNothing() {
        String before = snapshot();
        String validTariff = tariffJson("\"merchantId\":1,\"name\":\"x\",", "0");
        List<String[]> cases = new ArrayList<>();
        // {method path, body, expected status, expected type slug or ""}
        cases.add(new String[] {"/stations", "{not json", "400", ""});
        cases.add(new String[] {"/stations", "", "400", ""});
        cases.add(new String[] {"/stations", "{}", "400", ""});
        cases.add(new String[] {"/stations", stationJson(STATION_CODE).replace("\"GCJ02\"", "\"MARS\""), "400", ""});
        cases.add(new String[] {"/stations", stationJson("OPSIT002").replace("\"latitude\":32.0415", "\"latitude\":\"north\""), "400", ""});
        cases.add(new String[] {"/stations", stationJson("OPSIT002").replace("\"latitude\":32.0415", "\"latitude\":91"), "400", ""});
        cases.add(new String[] {"/stations", stationJson(STATION_CODE), "409", "station-code-taken"});
        cases.add(new String[] {"/stations", stationJson("OPSIT003").replace("\"merchantId\":1", "\"merchantId\":42"), "422", "unknown-merchant"});
        cases.add(new String[] {"/piles", "{\"pileCode\":\"12AB\",\"stationId\":1,\"pileType\":\"DC\",\"gunCount\":2}", "400", ""});
        cases.add(new String[] {"/piles", "{\"pileCode\":\"32010699000002\",\"stationId\":1,\"pileType\":\"XX\",\"gunCount\":2}", "400", ""});
        cases.add(new String[] {"/piles", "{\"pileCode\":\"32010699000002\",\"stationId\":1,\"pileType\":\"DC\",\"gunCount\":0}", "400", ""});
        cases.add(new String[] {"/piles", "{\"pileCode\":\"32010699000002\",\"stationId\":999999,\"pileType\":\"DC\",\"gunCount\":2}", "422", "unknown-station"});
        cases.add(new String[] {"/piles", "{\"pileCode\":\"" + PILE + "\",\"stationId\":1,\"pileType\":\"DC\",\"gunCount\":2}", "409", "pile-exists"});
        cases.add(new String[] {"/piles", "{\"pileCode\":\"32010699000002\",\"stationId\":1,\"pileType\":\"DC\",\"gunCount\":2,\"tariffTemplateId\":999}", "422", "unknown-tariff"});
        cases.add(new String[] {"/piles/32010699000099/onboarding", "{\"stationId\":1}", "404", "unknown-pile"});
        cases.add(new String[] {"/piles/" + PILE + "/onboarding", "{\"stationId\":1}", "409", "pile-not-free"});
        cases.add(new String[] {"/piles/" + PILE + "/onboarding", "{}", "400", ""});
        cases.add(new String[] {"/tariffs", validTariff.replace("1.18520", "1.185201"), "400", ""});
        cases.add(new String[] {"/tariffs", validTariff.replace("1.18520", "-1"), "400", ""});
        cases.add(new String[] {"/tariffs", validTariff.replace("\"VALLEY\",\"VALLEY\",", "\"VALLEY\","), "400", ""});
        cases.add(new String[] {"/tariffs", validTariff.replace("\"rateType\":\"PEAK\"", "\"rateType\":\"SHARP\""), "400", ""});
        cases.add(new String[] {"/tariffs", validTariff.replace("\"rateType\":\"PEAK\"", "\"rateType\":\"NOON\""), "400", ""});
        cases.add(new String[] {"/tariffs", validTariff.replace("\"name\":\"x\",", "\"name\":\"x\",\"modelNo\":\"" + firstModelNo + "\","), "409", "model-no-taken"});
        cases.add(new String[] {"/tariffs/" + tariffId + "/versions", tariffJson("\"effectiveFrom\":\"2020-01-01T00:00:00+08:00\",", "0"), "422", "effective-from-in-past"});
        cases.add(new String[] {"/tariffs/" + tariffId + "/versions", tariffJson("\"effectiveFrom\":\"tomorrow\",", "0"), "400", ""});
        cases.add(new String[] {"/tariffs/999999/versions", tariffJson("", "0"), "404", "unknown-tariff"});
        cases.add(new String[] {"/tariffs/" + tariffId + "/assignments", "{\"stationId\":" + stationId + ",\"pileCodes\":[\"32010600000001\"]}", "422", "pile-not-at-station"});
        cases.add(new String[] {"/tariffs/" + tariffId + "/assignments", "{\"stationId\":999999}", "422", "unknown-station"});
        cases.add(new String[] {"/piles/" + PILE + "/commands/reboot", "{\"execution\":\"NOW\"}", "400", ""});
        cases.add(new String[] {"/piles/" + PILE + "/commands/reboot", "{}", "409", "pile-offline"});
        cases.add(new String[] {"/piles/" + PILE + "/commands/parameters", "{\"permission\":\"ALLOWED\",\"maxOutputPercent\":20}", "400", ""});
        cases.add(new String[] {"/piles/" + PILE + "/commands/real-time-data", "{\"gunNo\":0}", "400", ""});
        cases.add(new String[] {"/piles/" + PILE + "/commands/real-time-data", "{\"gunNo\":3}", "404", "unknown-gun"});
        cases.add(new String[] {"/piles/" + PILE + "/commands/ground-lock", "{\"gunNo\":1,\"command\":\"UP\"}", "400", ""});
        cases.add(new String[] {"/piles/32010699000099/commands/time-sync", "", "404", "unknown-pile"});
        cases.add(new String[] {"/piles/123/commands/time-sync", "", "400", ""});
        cases.add(new String[] {"/piles/" + PILE + "/commands/update", "{\"serverAddress\":\"ftp.example.invalid.very.long.name\",\"serverPort\":21,"
                + "\"username\":\"u\",\"password\":\"p\",\"filePath\":\"/fw.bin\",\"downloadTimeoutMinutes\":5}", "400", ""});
        List<String> failures = new ArrayList<>();
        for (String[] c : cases) {
            AdminApi.Reply reply = api.post(c[0], c[1]);
            int expected = Integer.parseInt(c[2]);
            boolean ok = reply.status() == expected && reply.isProblem() && reply.body().contains("\"status\":" + expected)
                    && (c[3].isEmpty() || reply.body().contains("https://chargeops.io/problems/" + c[3]));
            if (!ok) {
                failures.add("expected " + expected + " " + c[3] + ": " + reply);
            }
        }
        assertProblem(api.get("/guns/12AB"), 400);
        assertProblem(api.get("/guns/3201069900009901"), 404);
        assertProblem(api.get("/piles/32010699000099"), 404);
        assertProblem(api.get("/stations/999999"), 404);
        assertProblem(api.get("/tariffs/999999"), 404);
        assertThat(failures).as("bad requests answered otherwise than expected").isEmpty();
        System.out.printf("Ops API: %d bad requests, each a 4xx problem+json%n", cases.size());
        assertThat(snapshot()).as("nothing changed by the bad requests").isEqualTo(before);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------------

    /** What the bad requests must not change: stations, piles, tariffs with versions, issue results. */
    private String snapshot() {
        List<String> parts = new ArrayList<>();
        parts.add(api.get("/stations").body());
        parts.add(api.get("/piles").body().replaceAll("\"online\":(true|false)", "").replaceAll("\"state\":\"[A-Z]+\"", "")
                .replaceAll("\"stateChangedAt\":\"[^\"]*\"", "").replaceAll("\"lastLoginAt\":\"[^\"]*\"", ""));
        parts.add(api.get("/tariffs").body().replaceAll("\"inForce\":(true|false)", ""));
        parts.add(api.get("/tariffs/" + tariffId + "/issues").body());
        return String.join("\n", parts);
    }

    private static String stationJson(String code) {
        return "{\"merchantId\":1,\"stationCode\":\"" + code + "\",\"name\":\"运维测试站\",\"address\":\"江苏省南京市秦淮区中山南路1号\","
                + "\"provinceCode\":\"320000\",\"cityCode\":\"320100\",\"districtCode\":\"320104\",\"longitude\":118.7969,"
                + "\"latitude\":32.0415,\"coordinateSystem\":\"GCJ02\",\"stationType\":\"PUBLIC\",\"status\":\"OPERATING\"}";
    }

    /** The demo prices with every electricity fee raised by {@code plus}; {@code head} is put first in the object. */
    private static String tariffJson(String head, String plus) {
        java.math.BigDecimal p = new java.math.BigDecimal(plus);
        String rates = "[" + rate("SHARP", "1.18520", p, "0.80000") + "," + rate("PEAK", "1.02540", p, "0.80000") + ","
                + rate("FLAT", "0.62310", p, "0.60000") + "," + rate("VALLEY", "0.28560", p, "0.40000") + "]";
        List<String> slots = new ArrayList<>();
        slots.addAll(Collections.nCopies(16, "\"VALLEY\""));
        slots.addAll(Collections.nCopies(6, "\"PEAK\""));
        slots.addAll(Collections.nCopies(26, "\"FLAT\""));
        return "{" + head + "\"rates\":" + rates + ",\"slots\":[" + String.join(",", slots) + "]}";
    }

    private static String rate(String type, String electricity, java.math.BigDecimal plus, String service) {
        return "{\"rateType\":\"" + type + "\",\"electricityFee\":" + new java.math.BigDecimal(electricity).add(plus).toPlainString()
                + ",\"serviceFee\":" + service + "}";
    }

    private SimulatedPile simulated(String code, int guns) {
        return SimulatedPile.start(PileConfig.builder(code).guns(guns).server("127.0.0.1", node.pilePort())
                .intervals(SimIntervals.fast()).build(), group);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> raw(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.url(path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status);
    }

    private static void assertProblem(AdminApi.Reply reply, int status) {
        assertProblem(reply, status, null);
    }

    private static void assertProblem(AdminApi.Reply reply, int status, String slug) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        if (slug != null) {
            assertThat(reply.body()).contains("https://chargeops.io/problems/" + slug);
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + timeout.toMillis() + " ms: " + what + "\n" + node.logTail());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
