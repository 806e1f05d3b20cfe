package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.str;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data scope through the ops API on the booted platform: the franchisee's operator (13900000003, merchant 2 of
 * the demo seed) reads and acts on its own merchant's records only — another merchant's station, pile, gun, tariff
 * or order is "not found", exactly as if it did not exist — while the platform's admin sees both merchants.
 *
 * <p>The matrix: every {@code /api/admin/v1} operation the booted node's {@code /openapi} describes is either probed —
 * called as the franchisee's operator with merchant 1's ids, codes and filters, answered 403/404 (422 unknown-… for a
 * record named in the body, as for one that does not exist; a list: 200 without any of merchant 1's records) and, for
 * a write, nothing changed as the platform sees it — or listed in
 * {@link #EXEMPT} with the reason. The two sets must be exactly the operations of the spec, so a new endpoint fails
 * this test until someone decides which it is.
 */
@ExtendWith(SharedNode.class)
class DataScopeIT {

    static final String FRANCHISEE_OPERATOR = "13900000003";
    static final String OPERATOR_PILE = "32010600000001";     // merchant 1
    static final String FRANCHISEE_PILE = "32010400000001";   // merchant 2

    static final String MATRIX_PILE = "32010698000001";  // registered at merchant 1's station 1 for an order there
    static final String PARTNER = "123456789";

    /**
     * Operations not probed, each with why. Everything else in /openapi under /admin/v1 must have a probe below.
     */
    static final Map<String, String> EXEMPT = Map.of(
            // free piles (游离电桩) logged in unknown and belong to no merchant until onboarded; onboarding them to
            // another merchant's station is probed (POST /piles/{pileCode}/onboarding)
            "GET /admin/v1/piles/free", "free piles belong to no merchant");

    static MicroNode node;
    static AdminApi platform;
    static AdminApi franchisee;
    static PileFleet fleet;
    static String orderNo;
    static org.openqa.selenium.chrome.ChromeDriver browser;

    @BeforeAll
    static void boot(MicroNode shared) {
        node = shared;
        platform = new AdminApi(node);
        franchisee = new AdminApi(node, FRANCHISEE_OPERATOR);
    }

    /** Merchant 1's records the matrices aim at: a charging order on a pile of its station 1, a picture, a notice. */
    record Fixtures(String pictureId, String noticeId, String walletId, String userId) {
    }

    static Fixtures fixtures;

    static synchronized Fixtures fixtures() {
        if (fixtures != null) {
            return fixtures;
        }
        // merchant 1's records: a charging order on a pile of its station 1, a picture of that station, an app notice
        if (orderNo == null) {
            PileFleet.register(platform, List.of(MATRIX_PILE), 1);
            // real time (scale 1): the prepay lasts far longer than the matrix, so the order does not move on by itself
            fleet = PileFleet.connect(node, List.of(MATRIX_PILE), 1, 1).awaitOnline(Duration.ofSeconds(60));
            AdminApi.Reply started = platform.startOrder(AdminApi.DEMO_USER, MATRIX_PILE + "01", new BigDecimal("10.00"));
            assertThat(started.status()).as(started.toString()).isEqualTo(201);
            orderNo = str(started.map(), "orderNo");
        }
        platform.awaitState(orderNo, "CHARGING", Duration.ofSeconds(60));
        AdminApi.Reply picture = platform.post("/app-content/stations/1/pictures",
                "{\"url\":\"https://cdn.example.cn/station1.png\",\"caption\":\"入口\"}");
        assertThat(picture.status()).as(picture.toString()).isEqualTo(201);
        String pictureId = String.valueOf(((Number) picture.map().get("id")).longValue());
        AdminApi.Reply notice = platform.post("/app-content", "{\"kind\":\"NOTICE\",\"title\":\"矩阵测试公告\"}");
        assertThat(notice.status()).as(notice.toString()).isEqualTo(201);
        String noticeId = String.valueOf(((Number) notice.map().get("id")).longValue());
        Map<String, Object> wallet = platform.wallet(AdminApi.DEMO_USER);
        String walletId = String.valueOf(((Number) wallet.get("walletId")).longValue());
        String userId = String.valueOf(((Number) wallet.get("userId")).longValue());
        fixtures = new Fixtures(pictureId, noticeId, walletId, userId);
        return fixtures;
    }

    @AfterAll
    static void stopFleet() {
        if (fixtures != null) { // other tests on the shared node count notices and pictures
            send(AdminApi.DEMO_OPERATOR, "DELETE", "/app-content/" + fixtures.noticeId(), null);
            send(AdminApi.DEMO_OPERATOR, "DELETE", "/app-content/stations/1/pictures/" + fixtures.pictureId(), null);
        }
        if (browser != null) {
            browser.quit();
        }
        if (orderNo != null) {
            platform.stop(orderNo);
        }
        if (fleet != null) {
            fleet.close();
        }
    }

    @Test
    void listsShowTheFranchiseeItsOwnRecordsAndThePlatformEverything() {
        assertThat(merchants(franchisee.get("/stations"))).as("stations").containsOnly(2L);
        assertThat(merchants(platform.get("/stations"))).as("stations").contains(1L, 2L);
        assertThat(codes(franchisee.get("/piles"), "pileCode")).containsExactly(FRANCHISEE_PILE);
        assertThat(codes(platform.get("/piles"), "pileCode")).contains(OPERATOR_PILE, FRANCHISEE_PILE);
        assertThat(merchants(franchisee.get("/tariffs"))).as("tariffs").containsOnly(2L);
        assertThat(merchants(platform.get("/tariffs"))).as("tariffs").contains(1L, 2L);
        assertThat(franchisee.get("/charging-orders").list()).as("orders")
                .allSatisfy(o -> assertThat(((Number) o.get("merchantId")).longValue()).isEqualTo(2L));
    }

    @Test
    void anotherMerchantsRecordsAreNotFoundAndCannotBeActedOn() {
        String operatorStation = platform.get("/stations").list().stream()
                .filter(s -> ((Number) s.get("merchantId")).longValue() == 1L)
                .map(s -> String.valueOf(((Number) s.get("id")).longValue())).findFirst().orElseThrow();
        assertThat(franchisee.get("/stations/" + operatorStation).status()).isEqualTo(404);
        assertThat(platform.get("/stations/" + operatorStation).status()).isEqualTo(200);
        assertThat(franchisee.get("/piles/" + OPERATOR_PILE).status()).isEqualTo(404);
        assertThat(franchisee.get("/piles/" + FRANCHISEE_PILE).status()).isEqualTo(200);
        assertThat(franchisee.get("/guns/" + OPERATOR_PILE + "01").status()).isEqualTo(404);
        assertThat(franchisee.get("/tariffs/1").status()).isEqualTo(404);
        AdminApi.Reply commands = franchisee.get("/piles/" + OPERATOR_PILE + "/commands");
        assertThat(commands.status() == 404 || commands.list().isEmpty()).as(commands.toString()).isTrue();

        AdminApi.Reply start = franchisee.post("/charging-orders", "{\"userPhone\":\"13800000000\",\"gunCode\":\""
                + OPERATOR_PILE + "01\",\"prepayAmount\":10.00}");
        assertThat(start.status()).as(start.toString()).isEqualTo(404);
        assertThat(str(start.map(), "type")).isEqualTo("https://chargeops.io/problems/unknown-gun");

        AdminApi.Reply reboot = franchisee.post("/piles/" + OPERATOR_PILE + "/commands/reboot", "{}");
        assertThat(reboot.status()).as(reboot.toString()).isEqualTo(404);
    }

    @Test
    void everyOpsApiOperationIsProbedAsAnotherMerchantOrExemptOnPurpose() {
        Fixtures f = fixtures();
        String pictureId = f.pictureId();
        String noticeId = f.noticeId();
        String walletId = f.walletId();
        String pushId = "1"; // any id: the partner resource refuses a merchant account before looking

        String gun = MATRIX_PILE + "01";
        String rates = "[{\"rateType\":\"SHARP\",\"electricityFee\":1,\"serviceFee\":1},{\"rateType\":\"PEAK\",\"electricityFee\":1,\"serviceFee\":1},"
                + "{\"rateType\":\"FLAT\",\"electricityFee\":1,\"serviceFee\":1},{\"rateType\":\"VALLEY\",\"electricityFee\":1,\"serviceFee\":1}]";
        String slots = "[" + String.join(",", java.util.Collections.nCopies(48, "\"FLAT\"")) + "]";
        String station = "{\"merchantId\":1,\"stationCode\":\"SCOPE0001\",\"name\":\"越权站\",\"address\":\"江苏省南京市\",\"provinceCode\":\"320000\","
                + "\"cityCode\":\"320100\",\"districtCode\":\"320104\",\"longitude\":118.79,\"latitude\":32.04,\"coordinateSystem\":\"GCJ02\","
                + "\"stationType\":\"PUBLIC\",\"status\":\"OPERATING\"}";

        // what the platform sees of merchant 1's records, before and after each write
        Supplier<Object> order = () -> {
            Map<String, Object> o = platform.order(orderNo);
            return List.of(String.valueOf(o.get("state")), String.valueOf(o.get("settlement")));
        };
        Supplier<Object> commands = () -> platform.get("/piles/" + OPERATOR_PILE + "/commands?limit=500").body();
        Supplier<Object> tariff1 = () -> List.of(platform.get("/tariffs/1").body(), platform.get("/tariffs/2").body(),
                platform.get("/stations/1").body(), String.valueOf(platform.get("/piles/" + OPERATOR_PILE).map().get("tariffTemplateId")));
        Supplier<Object> stations = () -> platform.get("/stations").body();
        Supplier<Object> newPile = () -> platform.get("/piles/32010698000099").status();
        Supplier<Object> freePile = () -> platform.get("/piles/32010698000098").status();
        Supplier<Object> tariffs = () -> platform.get("/tariffs").body();
        Supplier<Object> ordersOnGun = () -> platform.orders("gunCode=" + gun + "&limit=500").size();
        Supplier<Object> pictures = () -> platform.get("/app-content/stations/1/pictures").body();
        Supplier<Object> content = () -> platform.get("/app-content").body();
        Supplier<Object> partner = () -> platform.get("/interconnect/partners/" + PARTNER).body()
                + platform.get("/interconnect/partners/" + PARTNER + "/pushes").body();

        Map<String, Probe> probes = new LinkedHashMap<>();
        // stations
        probes.put("GET /admin/v1/stations", Probe.list("GET", "/stations?merchantId=1"));
        probes.put("GET /admin/v1/stations/{id}", Probe.detail("GET", "/stations/1"));
        probes.put("POST /admin/v1/stations", Probe.write("POST", "/stations", station, stations));
        probes.put("PUT /admin/v1/stations/{id}", Probe.write("PUT", "/stations/1", "{\"name\":\"越权改名\",\"address\":\"江苏省南京市\","
                + "\"provinceCode\":\"320000\",\"cityCode\":\"320100\",\"districtCode\":\"320104\",\"longitude\":118.79,"
                + "\"latitude\":32.04,\"coordinateSystem\":\"GCJ02\",\"stationType\":\"PUBLIC\",\"status\":\"CLOSED\"}", stations));
        // piles and their commands
        probes.put("GET /admin/v1/piles", Probe.list("GET", "/piles?stationId=1"));
        probes.put("GET /admin/v1/piles/{pileCode}", Probe.detail("GET", "/piles/" + OPERATOR_PILE));
        probes.put("POST /admin/v1/piles", Probe.write("POST", "/piles", "{\"pileCode\":\"32010698000099\",\"stationId\":1,\"pileType\":\"AC\","
                + "\"gunCount\":1}", newPile));
        probes.put("POST /admin/v1/piles/{pileCode}/onboarding", Probe.write("POST", "/piles/32010698000098/onboarding",
                "{\"stationId\":1}", freePile));
        probes.put("GET /admin/v1/piles/{pileCode}/commands", Probe.list("GET", "/piles/" + OPERATOR_PILE + "/commands"));
        probes.put("POST /admin/v1/piles/{pileCode}/commands/reboot", Probe.write("POST", "/piles/" + OPERATOR_PILE + "/commands/reboot",
                "{}", commands));
        probes.put("POST /admin/v1/piles/{pileCode}/commands/update", Probe.write("POST", "/piles/" + OPERATOR_PILE + "/commands/update",
                "{\"serverAddress\":\"evil.example\",\"serverPort\":21,\"username\":\"u\",\"password\":\"p\",\"filePath\":\"/fw.bin\","
                        + "\"downloadTimeoutMinutes\":5}", commands));
        probes.put("POST /admin/v1/piles/{pileCode}/commands/parameters", Probe.write("POST", "/piles/" + OPERATOR_PILE
                + "/commands/parameters", "{\"permission\":\"LOCKED\",\"maxOutputPercent\":30}", commands));
        probes.put("POST /admin/v1/piles/{pileCode}/commands/time-sync", Probe.write("POST", "/piles/" + OPERATOR_PILE
                + "/commands/time-sync", "{}", commands));
        probes.put("POST /admin/v1/piles/{pileCode}/commands/real-time-data", Probe.write("POST", "/piles/" + OPERATOR_PILE
                + "/commands/real-time-data", "{\"gunNo\":1}", commands));
        probes.put("POST /admin/v1/piles/{pileCode}/commands/ground-lock", Probe.write("POST", "/piles/" + OPERATOR_PILE
                + "/commands/ground-lock", "{\"gunNo\":1,\"command\":\"LOWER\"}", commands));
        probes.put("POST /admin/v1/piles/{pileCode}/commands/tariff", Probe.write("POST", "/piles/" + OPERATOR_PILE
                + "/commands/tariff", "{}", commands));
        probes.put("GET /admin/v1/guns/{gunCode}", Probe.detail("GET", "/guns/" + gun));
        // files (a PNG, a ZIP): asked for as any type, so the answer is the scope's, not content negotiation's
        probes.put("GET /admin/v1/guns/{gunCode}/qr-code", Probe.file("/guns/" + gun + "/qr-code"));
        probes.put("GET /admin/v1/stations/{id}/gun-qr-codes", Probe.file("/stations/1/gun-qr-codes"));
        // tariffs: merchant 1's, and the franchisee's own tariff 2 pointed at merchant 1's station
        probes.put("GET /admin/v1/tariffs", Probe.list("GET", "/tariffs?merchantId=1"));
        probes.put("GET /admin/v1/tariffs/{id}", Probe.detail("GET", "/tariffs/1"));
        probes.put("POST /admin/v1/tariffs", Probe.write("POST", "/tariffs", "{\"merchantId\":1,\"name\":\"越权电价\",\"rates\":" + rates
                + ",\"slots\":" + slots + "}", tariffs));
        probes.put("POST /admin/v1/tariffs/{id}/versions", Probe.write("POST", "/tariffs/1/versions", "{\"rates\":" + rates
                + ",\"slots\":" + slots + "}", tariff1));
        probes.put("POST /admin/v1/tariffs/{id}/assignments", Probe.write("POST", "/tariffs/2/assignments", "{\"stationId\":1,"
                + "\"pileCodes\":[\"" + OPERATOR_PILE + "\"]}", tariff1));
        probes.put("GET /admin/v1/tariffs/{id}/issues", Probe.list("GET", "/tariffs/1/issues?pileCode=" + OPERATOR_PILE));
        // charging orders
        probes.put("GET /admin/v1/charging-orders", Probe.list("GET", "/charging-orders?gunCode=" + gun + "&userPhone=" + AdminApi.DEMO_USER));
        probes.put("GET /admin/v1/charging-orders/{orderNo}", Probe.detail("GET", "/charging-orders/" + orderNo));
        probes.put("GET /admin/v1/charging-orders/{orderNo}/live", Probe.detail("GET", "/charging-orders/" + orderNo + "/live"));
        probes.put("GET /admin/v1/charging-orders/{orderNo}/events", Probe.detail("GET", "/charging-orders/" + orderNo + "/events"));
        probes.put("POST /admin/v1/charging-orders", Probe.write("POST", "/charging-orders", "{\"userPhone\":\"" + AdminApi.DEMO_USER
                + "\",\"gunCode\":\"" + OPERATOR_PILE + "02\",\"prepayAmount\":10.00}", ordersOnGun));
        probes.put("POST /admin/v1/charging-orders/{orderNo}/stop", Probe.write("POST", "/charging-orders/" + orderNo + "/stop", "{}", order));
        probes.put("POST /admin/v1/charging-orders/{orderNo}/manual-settlement", Probe.write("POST", "/charging-orders/" + orderNo
                + "/manual-settlement", "{\"amount\":0.01,\"reason\":\"越权\"}", order));
        // app users' wallets and credentials: platform-wide, refused to merchant accounts
        probes.put("GET /admin/v1/wallets", Probe.detail("GET", "/wallets?userPhone=" + AdminApi.DEMO_USER));
        probes.put("GET /admin/v1/wallets/{walletId}", Probe.detail("GET", "/wallets/" + walletId));
        probes.put("GET /admin/v1/wallets/{walletId}/ledger", Probe.detail("GET", "/wallets/" + walletId + "/ledger"));
        probes.put("GET /admin/v1/wallets/drifts", Probe.detail("GET", "/wallets/drifts"));
        probes.put("POST /admin/v1/charging-credentials", Probe.write("POST", "/charging-credentials", "{\"kind\":\"CARD\","
                + "\"credential\":\"00000000DEADBEEF\",\"userPhone\":\"" + AdminApi.DEMO_USER + "\"}", null));
        // app content (platform's) and station pictures (the station's merchant's)
        probes.put("GET /admin/v1/app-content", Probe.detail("GET", "/app-content"));
        probes.put("POST /admin/v1/app-content", Probe.write("POST", "/app-content", "{\"kind\":\"NOTICE\",\"title\":\"越权\"}", content));
        probes.put("PUT /admin/v1/app-content/{id}", Probe.write("PUT", "/app-content/" + noticeId, "{\"kind\":\"NOTICE\",\"title\":\"改\"}", content));
        probes.put("DELETE /admin/v1/app-content/{id}", Probe.write("DELETE", "/app-content/" + noticeId, null, content));
        probes.put("GET /admin/v1/app-content/stations/{stationId}/pictures", Probe.list("GET", "/app-content/stations/1/pictures"));
        probes.put("POST /admin/v1/app-content/stations/{stationId}/pictures", Probe.write("POST", "/app-content/stations/1/pictures",
                "{\"url\":\"https://evil.example/x.png\"}", pictures));
        probes.put("DELETE /admin/v1/app-content/stations/{stationId}/pictures/{pictureId}", Probe.write("DELETE",
                "/app-content/stations/1/pictures/" + pictureId, null, pictures));
        // interconnect partners: platform accounts only
        String p = "/interconnect/partners";
        probes.put("GET /admin/v1/interconnect/partners", Probe.detail("GET", p));
        probes.put("POST /admin/v1/interconnect/partners", Probe.write("POST", p, "{\"operatorId\":\"SCOPE0001\",\"name\":\"x\","
                + "\"role\":\"USER_PLATFORM\",\"in\":{\"operatorSecret\":\"1234567890abcdef\",\"dataSecret\":\"1234567890abcdef\","
                + "\"dataSecretIv\":\"1234567890abcdef\",\"sigSecret\":\"1234567890abcdef\"}}", () -> platform.get(p).body()));
        probes.put("GET /admin/v1/interconnect/partners/{operatorId}", Probe.detail("GET", p + "/" + PARTNER));
        probes.put("PUT /admin/v1/interconnect/partners/{operatorId}", Probe.write("PUT", p + "/" + PARTNER,
                "{\"stationScope\":\"ALL\"}", partner));
        probes.put("POST /admin/v1/interconnect/partners/{operatorId}/secrets", Probe.write("POST", p + "/" + PARTNER + "/secrets",
                "{\"in\":{\"operatorSecret\":\"ffffffffffffffff\",\"dataSecret\":\"ffffffffffffffff\",\"dataSecretIv\":\"ffffffffffffffff\","
                        + "\"sigSecret\":\"ffffffffffffffff\"}}", partner));
        probes.put("GET /admin/v1/interconnect/partners/{operatorId}/pushes", Probe.detail("GET", p + "/" + PARTNER + "/pushes"));
        probes.put("POST /admin/v1/interconnect/partners/{operatorId}/pushes/{id}/retry", Probe.write("POST", p + "/" + PARTNER
                + "/pushes/" + pushId + "/retry", "{}", partner));
        probes.put("GET /admin/v1/interconnect/partners/{operatorId}/calls", Probe.detail("GET", p + "/" + PARTNER + "/calls"));
        probes.put("POST /admin/v1/interconnect/partners/{operatorId}/pull", Probe.write("POST", p + "/" + PARTNER + "/pull", "{}", partner));
        probes.put("GET /admin/v1/interconnect/partners/{operatorId}/pulled-stations", Probe.detail("GET", p + "/" + PARTNER
                + "/pulled-stations"));

        // the spec's operations are exactly the probed and the exempt ones
        List<String> described = adminOperations();
        assertThat(new TreeSet<>(probes.keySet())).as("probed and exempt at once").doesNotContainAnyElementsOf(EXEMPT.keySet());
        TreeSet<String> classified = new TreeSet<>(probes.keySet());
        classified.addAll(EXEMPT.keySet());
        assertThat(classified).as("/api/admin/v1 operations in /openapi: each needs a probe in this matrix or an exemption with its reason")
                .containsExactlyElementsOf(new TreeSet<>(described));

        List<String> failures = new ArrayList<>();
        probes.forEach((operation, probe) -> {
            Object before = probe.state() == null ? null : probe.state().get();
            AdminApi.Reply r = send(probe.method(), probe.path(), probe.body());
            // 422 unknown-…: a record named in the body (a station to put a pile at) is refused exactly as one that
            // does not exist — the same answer, so nothing is learnt about merchant 1
            boolean refused = r.status() == 403 || r.status() == 404
                    || r.status() == 422 && r.isProblem() && String.valueOf(r.map().get("type")).contains("/problems/unknown-");
            boolean clean = r.status() == 200 && probe.list() && leakIn(r.body()) == null;
            if (!refused && !clean) {
                failures.add(operation + ": " + r + (r.status() == 200 ? " (shows " + leakIn(r.body()) + ")" : ""));
            }
            if (probe.state() != null && !Objects.equals(before, probe.state().get())) {
                failures.add(operation + ": changed merchant 1's or the platform's records: " + r);
            }
        });
        assertThat(failures).as("operations that let merchant 2's operator read or change another merchant's records").isEmpty();
    }

    /** A call of the matrix; {@code list} answers may be 200 with the caller's own records, never merchant 1's. */
    record Probe(String method, String path, String body, boolean list, Supplier<Object> state) {
        static Probe list(String method, String path) {
            return new Probe(method, path, null, true, null);
        }

        static Probe detail(String method, String path) {
            return new Probe(method, path, null, false, null);
        }

        static Probe write(String method, String path, String body, Supplier<Object> state) {
            return new Probe(method, path, body, false, state);
        }

        /** A GET of a file: any type accepted (method "FILE" sends Accept: *&#47;*). */
        static Probe file(String path) {
            return new Probe("FILE", path, null, false, null);
        }
    }

    /**
     * Console screens a merchant account may open that show no merchant's records, each with why. Every other page
     * under web-admin-jsf's {@code admin/} must have a probe in the console matrix.
     */
    static final Map<String, String> CONSOLE_EXEMPT = Map.of(
            "login.xhtml", "the sign-in page: before any account",
            "password.xhtml", "the signed-in account's own password and QR sign-in binding",
            "qr-callback.xhtml", "where a QR sign-in returns: shows nothing, always redirects",
            "qr-bind.xhtml", "binds the signed-in account's own QR identity: shows nothing, always redirects",
            "qr-sandbox.xhtml", "the sandbox's stand-in QR page: an identity field, no records");

    @Test
    void everyConsoleScreenOpenedWithAnotherMerchantsIdsShowsNoneOfItsRecords() throws IOException {
        Fixtures f = fixtures();
        // screen → (the URL to open with merchant 1's ids, what to do there before reading the page)
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("index.xhtml", "/admin/index.xhtml?station=1");
        urls.put("live.xhtml", "/admin/live.xhtml");
        urls.put("stations.xhtml", "/admin/stations.xhtml");
        urls.put("piles.xhtml", "/admin/piles.xhtml?station=1");
        urls.put("tariffs.xhtml", "/admin/tariffs.xhtml?id=1");
        urls.put("commands.xhtml", "/admin/commands.xhtml?pile=" + MATRIX_PILE);
        urls.put("orders.xhtml", "/admin/orders.xhtml");
        urls.put("order.xhtml", "/admin/order.xhtml?no=" + orderNo);
        urls.put("users.xhtml", "/admin/users.xhtml");
        urls.put("user.xhtml", "/admin/user.xhtml?id=" + f.userId());
        urls.put("refunds.xhtml", "/admin/refunds.xhtml");
        urls.put("interconnect.xhtml", "/admin/interconnect.xhtml");
        urls.put("models.xhtml", "/admin/models.xhtml");
        // system administration: accounts, roles, the operation and sign-in logs (ConsoleAdministrationIT opens them as
        // the franchisee's merchant administrator)
        urls.put("accounts.xhtml", "/admin/accounts.xhtml");
        urls.put("roles.xhtml", "/admin/roles.xhtml");
        urls.put("oplog.xhtml", "/admin/oplog.xhtml");
        urls.put("signins.xhtml", "/admin/signins.xhtml");

        java.nio.file.Path pages = java.nio.file.Path.of(System.getProperty("chargeops.home", ".."))
                .resolve("web-admin-jsf/src/main/webapp/admin");
        TreeSet<String> screens = new TreeSet<>();
        try (var files = java.nio.file.Files.list(pages)) {
            files.map(x -> x.getFileName().toString()).filter(n -> n.endsWith(".xhtml")).forEach(screens::add);
        }
        TreeSet<String> classified = new TreeSet<>(urls.keySet());
        classified.addAll(CONSOLE_EXEMPT.keySet());
        assertThat(classified).as("console screens under admin/: each needs a probe in this matrix or an exemption with its reason")
                .containsExactlyElementsOf(screens);

        browser = Browser.open();
        ConsolePages console = new ConsolePages(browser, node);
        console.signIn(FRANCHISEE_OPERATOR, AdminApi.DEMO_PASSWORD);
        console.await().until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/admin/index.xhtml"));
        List<String> failures = new ArrayList<>();
        urls.forEach((screen, url) -> {
            browser.get(node.baseUrl() + url);
            console.await().until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.readyState")));
            if (screen.equals("orders.xhtml")) {
                // the order-number filter with merchant 1's order: the table stays empty
                var no = browser.findElement(org.openqa.selenium.By.id("orders:no"));
                no.sendKeys(orderNo);
                browser.findElement(org.openqa.selenium.By.id("orders:search")).click();
                console.await().until(d -> d.findElement(org.openqa.selenium.By.id("orders:table")).getText().length() > 0);
                AdminApi.sleep(1_000); // the ajax search has re-rendered the table by now; a leak would be in it
            }
            String leak = consoleLeakIn(browser.getPageSource(), url);
            if (leak != null) {
                failures.add(screen + " (" + url + ") shows " + leak);
            }
        });
        assertThat(browser.getPageSource()).as("still signed in as the franchisee's operator").doesNotContain("login:phone");
        assertThat(failures).as("screens that show merchant 2's operator another merchant's records").isEmpty();
    }

    /** Merchant 1's records on a page, except what the URL itself carries (a page may say "no pile 3201…"). */
    static String consoleLeakIn(String page, String url) {
        // and the console accounts of the platform and merchant 1 (the demo operator, finance)
        List<String> markers = new ArrayList<>(List.of(OPERATOR_PILE, MATRIX_PILE, "NJGL0001", "NJJY0001", "南京鼓楼示范充电站",
                "南京河西奥体示范充电站", "13900000000", "13900000002"));
        if (orderNo != null) {
            markers.add(orderNo);
        }
        for (String marker : markers) {
            if (!url.contains(marker) && page.contains(marker)) {
                return marker;
            }
        }
        // a detail view of the record itself: its elements must not be there
        for (String id : List.of("id=\"state\"", "id=\"timeline\"", "id=\"commands:timeSync\"", "id=\"ic:detail\"")) {
            if (page.contains(id)) {
                return "the record's view (" + id + ")";
            }
        }
        return null;
    }

    /** What in a 200 answer would be merchant 1's: its stations, piles, the order, or a row with merchantId 1. */
    static String leakIn(String body) {
        for (String marker : List.of(OPERATOR_PILE, MATRIX_PILE, "NJGL0001", "NJJY0001", "南京鼓楼示范充电站", "cdn.example.cn/station1.png", "\"merchantId\":1,",
                "\"merchantId\":1}", "\"stationId\":1,", "\"stationId\":2,")) {
            if (body.contains(marker)) {
                return marker;
            }
        }
        return orderNo != null && body.contains(orderNo) ? orderNo : null;
    }

    /** Every operation under /admin/v1 the node's /openapi describes, as "METHOD /admin/v1/path/{param}". */
    @SuppressWarnings("unchecked")
    static List<String> adminOperations() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(node.url("/openapi"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            Map<String, Object> paths = (Map<String, Object>) ((Map<String, Object>) Json.parse(r.body())).get("paths");
            List<String> operations = new ArrayList<>();
            paths.forEach((path, item) -> {
                if (path.startsWith("/admin/v1/") || path.equals("/admin/v1")) {
                    String template = path.replaceAll("\\{([A-Za-z]+)\\s*:[^}]*}", "{$1}");
                    ((Map<String, Object>) item).keySet().stream()
                            .filter(m -> List.of("get", "post", "put", "delete", "patch").contains(m))
                            .forEach(m -> operations.add(m.toUpperCase(java.util.Locale.ROOT) + " " + template));
                }
            });
            assertThat(operations).as("admin operations in /openapi").isNotEmpty();
            return operations;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A call as the franchisee's operator, any method. */
    static AdminApi.Reply send(String method, String path, String json) {
        return send(FRANCHISEE_OPERATOR, method, path, json);
    }

    static AdminApi.Reply send(String account, String probeMethod, String path, String json) {
        String method = probeMethod.equals("FILE") ? "GET" : probeMethod;
        HttpRequest.Builder b = HttpRequest.newBuilder(node.url(AdminApi.BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((account + ":"
                        + AdminApi.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", probeMethod.equals("FILE") ? "*/*" : "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new AdminApi.Reply(method + " " + path + " " + json, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.body(), java.util.Optional.empty());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<Long> merchants(AdminApi.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.list().stream().map(m -> ((Number) m.get("merchantId")).longValue()).distinct().toList();
    }

    private static List<String> codes(AdminApi.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.list().stream().map(m -> String.valueOf(m.get(field))).toList();
    }
}
