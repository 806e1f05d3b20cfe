package io.chargeops.it.server;

import io.chargeops.it.WorkDirectories;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Smoke-deploys {@code chargeops.ear} (pile RAR + EJB module + REST WAR + console WAR) on Payara Server 6 full, after
 * the broker adapter {@code artemis-ra.rar} as operators deploy it (server infrastructure, like OpenMQ on a stock
 * Payara Server), in a fresh domain with a port block of its own, and checks that every module came up: readiness
 * (database, broker, pile listener), the REST application at {@code /api} with problem+json errors and the local
 * Swagger UI, the console's sign-in redirect, the pile TCP port, and the Artemis adapter under its deployed name
 * {@code artemis-ra}. Prints boot and deploy time and heap; the domain is always stopped.
 *
 * <p>Needs {@code target/payara-server/payara6} (Payara Server zip, unpacked by maven-dependency-plugin in
 * {@code pre-integration-test}), {@code target/payara-server-it/chargeops.ear} and
 * {@code target/payara-server-it/artemis-ra.rar}; override with
 * {@code -Dchargeops.it.payara-server.home=...} and {@code -Dchargeops.it.ear=...}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PayaraServerEarIT {

    private static final String APP = "chargeops";
    // generous: on a loaded 2-core machine a restarted domain took over 3 min to bind the EAR's connector resources
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(6);
    private static final java.util.Set<String> READINESS_CHECKS = java.util.Set.of("database", "broker", "pile-listener", "pile-connector");
    private static final Pattern CHECK = Pattern.compile("\"name\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"status\"\\s*:\\s*\"(\\w+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private PayaraServerDomain domain;
    private boolean deployed;

    @BeforeAll
    void bootDomainAndDeployEar() throws IOException {
        Path payaraHome = Path.of(System.getProperty("chargeops.it.payara-server.home", "target/payara-server/payara6"))
                .toAbsolutePath().normalize();
        Path ear = Path.of(System.getProperty("chargeops.it.ear", "target/payara-server-it/chargeops.ear"))
                .toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("chargeops.it.payara-server.work", "target/payara-server-it"))
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(payaraHome.resolve("glassfish/lib/client/appserver-cli.jar"))) {
            fail("No Payara Server at " + payaraHome + ": run through 'mvn verify' (maven-dependency-plugin execution "
                    + "payara-server-unpack) or set -Dchargeops.it.payara-server.home");
        }
        if (!Files.isRegularFile(ear)) {
            fail("No EAR at " + ear + ": build module ear and run through 'mvn verify' (execution payara-server-ear) "
                    + "or set -Dchargeops.it.ear");
        }
        Path data = work.resolve("data");
        WorkDirectories.deleteTree(data);
        Files.createDirectories(data);

        domain = new PayaraServerDomain(payaraHome, work);
        System.out.printf("Payara Server EAR smoke test: domain %s, admin %d, http %d, pile %d, work %s%n",
                PayaraServerDomain.DOMAIN, domain.adminPort(), domain.httpPort(), domain.pilePort(), work);

        Duration create = domain.create();
        Duration boot = domain.start();

        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("chargeops.pile.port", Integer.toString(domain.pilePort()));
        properties.put("chargeops.db.url", "jdbc:h2:file:" + data.resolve("chargeops") + ";DB_CLOSE_ON_EXIT=FALSE");
        properties.put("chargeops.jms.data-dir", data.resolve("artemis").toString());
        domain.systemProperties(properties);

        Path broker = ear.resolveSibling("artemis-ra.rar");
        if (!Files.isRegularFile(broker)) {
            fail("No broker adapter at " + broker + ": run through 'mvn verify' (execution payara-server-ear)");
        }
        Duration brokerDeploy = domain.deploy(broker);
        System.out.printf("Payara Server EAR smoke test: artemis-ra.rar deploy %d ms%n", brokerDeploy.toMillis());

        // deployed as operators do, from a versioned file name and without --name: application.xml's
        // <application-name> must still make it "chargeops" (the MDB resource-adapter-mid chargeops#… relies on it)
        Path versioned = work.resolve("chargeops-0.0.0-it.ear");
        Files.copy(ear, versioned, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Duration deploy = domain.deploy(versioned);
        deployed = true;
        String applications = domain.asadmin(true, "list-applications");
        assertThat(applications).as("deployed application name").containsPattern("(?m)^" + APP + "\\s");
        Instant deployedAt = Instant.now();
        awaitReady();
        Duration ready = Duration.between(deployedAt, Instant.now());

        OptionalLong heap = domain.heapUsed();
        OptionalLong rss = domain.residentSetSize();
        System.out.printf("Payara Server EAR smoke test: create-domain %d ms, start-domain (boot) %d ms, "
                        + "deploy %d ms, ready %d ms after deploy, heap used after deploy %s, server RSS %s%n",
                create.toMillis(), boot.toMillis(), deploy.toMillis(), ready.toMillis(), mib(heap), mib(rss));
    }

    @AfterAll
    void stopDomain() {
        if (domain != null) {
            domain.stop();
        }
    }

    @Test
    @Order(1)
    void readinessIsUpWithDatabaseAndPileListener() {
        HttpResponse<String> ready = get("/health/ready");
        Map<String, String> checks = checks(ready.body());
        assertThat(ready.statusCode()).as(() -> "GET /health/ready: " + ready.body() + diagnostics()).isEqualTo(200);
        assertThat(checks).as(() -> "readiness checks in " + ready.body() + diagnostics())
                .containsEntry("database", "UP")
                .containsEntry("broker", "UP")
                .containsEntry("pile-listener", "UP")
                .containsEntry("pile-connector", "UP");
        checks.forEach((name, status) -> assertThat(status)
                .as(() -> "check " + name + " in " + ready.body() + diagnostics()).isEqualTo("UP"));
        assertThat(ready.body()).as(() -> "overall readiness: " + ready.body()).contains("\"status\":\"UP\"");
    }

    @Test
    @Order(2)
    void swaggerUiIsServedFromTheRestModule() {
        HttpResponse<String> docs = get("/api/docs/");
        assertThat(docs.statusCode()).as(() -> "GET /api/docs/: " + docs.body() + diagnostics()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(docs.body()).contains("swagger-ui");

        HttpResponse<String> bundle = get("/api/docs/swagger-ui-bundle.js");
        assertThat(bundle.statusCode()).as(() -> "GET /api/docs/swagger-ui-bundle.js" + diagnostics()).isEqualTo(200);

        HttpResponse<String> openapi = get("/openapi");
        assertThat(openapi.statusCode()).as(() -> "GET /openapi: " + openapi.body() + diagnostics()).isEqualTo(200);
        assertThat(openapi.body()).contains("ChargeOps API");
    }

    @Test
    @Order(3)
    void unknownApiPathIsAProblemDocument() {
        HttpResponse<String> missing = get("/api/does-not-exist");
        assertThat(missing.statusCode()).as(() -> "GET /api/does-not-exist: " + missing.body() + diagnostics()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .as(() -> "Content-Type of " + missing.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(missing.body()).contains("\"status\":404");
    }

    @Test
    @Order(4)
    void consoleRedirectsToItsSignInPage() {
        HttpResponse<String> console = get("/admin/");
        assertThat(console.statusCode()).as(() -> "GET /admin/: " + console.headers().map() + diagnostics()).isIn(302, 303);
        String location = console.headers().firstValue("Location").orElse("");
        assertThat(URI.create(location).getPath()).as("redirect of /admin/").isEqualTo("/admin/login.xhtml");

        HttpResponse<String> login = get("/admin/login.xhtml");
        assertThat(login.statusCode()).as(() -> "GET /admin/login.xhtml: " + login.body() + diagnostics()).isEqualTo(200);
        assertThat(login.body()).contains("<form").contains("password");

        // JSF/PrimeFaces resources resolve under the console's context root "/"
        Matcher css = Pattern.compile("href=\"(/jakarta\\.faces\\.resource/[^\"]+)\"").matcher(login.body());
        assertThat(css.find()).as(() -> "a faces resource link in " + login.body()).isTrue();
        String resource = css.group(1).replace("&amp;", "&");
        HttpResponse<String> stylesheet = get(resource);
        assertThat(stylesheet.statusCode()).as(() -> "GET " + resource + diagnostics()).isEqualTo(200);

        // the dashboard's station map: Leaflet from the console WAR's webjar, no CDN
        HttpResponse<String> leaflet = get("/webjars/leaflet/1.9.4/dist/leaflet.js");
        assertThat(leaflet.statusCode()).as(() -> "GET leaflet.js" + diagnostics()).isEqualTo(200);
        assertThat(leaflet.body()).contains("Leaflet");
    }

    @Test
    @Order(5)
    void pileListenerAcceptsTcpConnections() {
        try (Socket pile = new Socket()) {
            pile.connect(new InetSocketAddress("127.0.0.1", domain.pilePort()), 5000);
            assertThat(pile.isConnected()).isTrue();
        } catch (IOException e) {
            fail("pile port " + domain.pilePort() + " refused a connection: " + e + diagnostics());
        }
    }

    /**
     * The pile path inside the EAR: the embedded adapter ({@code chargeops#pile-jca-connector}) delivers to
     * PileMessageMdb (bound by ejb-core's glassfish-ejb-jar.xml) and the MDB answers through the gateway defined in
     * application.xml ({@code #pile-jca-connector}): the demo pile's login is accepted, its billing model verified, and
     * the REST module sees it online.
     */
    @Test
    @Order(5)
    void demoPileLogsInThroughTheEmbeddedAdapter() throws Exception {
        io.netty.channel.EventLoopGroup group = new io.netty.channel.nio.NioEventLoopGroup(1);
        try (io.chargeops.pile.simulator.SimulatedPile pile = io.chargeops.pile.simulator.SimulatedPile.start(
                io.chargeops.pile.simulator.PileConfig.builder("32010600000001").guns(2)
                        .server("127.0.0.1", domain.pilePort())
                        .intervals(io.chargeops.pile.simulator.SimIntervals.fast()).build(), group)) {
            assertThat(pile.loginResult()).as(this::diagnostics).succeedsWithin(Duration.ofSeconds(20))
                    .isEqualTo(io.chargeops.pile.protocol.ykc.types.LoginResult.SUCCESS);
            pile.awaitOnline(Duration.ofSeconds(10));
            pile.awaitReceived(io.chargeops.pile.protocol.ykc.message.TimeSyncRequest.class, r -> true, Duration.ofSeconds(10));
            Instant deadline = Instant.now().plusSeconds(5);
            String gun = "";
            while (Instant.now().isBefore(deadline) && !gun.contains("\"pileOnline\":true")) {
                gun = get("/api/app/v1/guns/3201060000000101").body();
                sleep(100);
            }
            assertThat(gun).as(() -> "gun through the REST module" + diagnostics()).contains("\"pileOnline\":true");
        } finally {
            group.shutdownGracefully();
        }
    }

    /**
     * The ops API's HTTP Basic filter in the REST module checks console accounts through the EJB module
     * (ConsoleAccounts), as the console's identity store in the other web module does: no or wrong credentials 401
     * problem+json with a Basic challenge, an account without an operating role 403, the demo admin 200; a malformed
     * body is a 400 problem, not a server error.
     */
    @Test
    @Order(5)
    void adminApiAuthenticatesConsoleAccountsThroughTheEjbModule() throws Exception {
        HttpResponse<String> none = get("/api/admin/v1/stations");
        assertThat(none.statusCode()).as(() -> "no credentials: " + none.body() + diagnostics()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic realm=\"ChargeOps\""));

        HttpResponse<String> wrong = admin("GET", "/api/admin/v1/stations", "13900000000", "not-the-password", null);
        assertThat(wrong.statusCode()).as(() -> "wrong password: " + wrong.body() + diagnostics()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();

        HttpResponse<String> finance = admin("GET", "/api/admin/v1/stations", "13900000002", "ChargeOps#2026", null);
        assertThat(finance.statusCode()).as(() -> "finance account: " + finance.body() + diagnostics()).isEqualTo(403);
        assertThat(finance.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> ok = admin("GET", "/api/admin/v1/stations", "13900000000", "ChargeOps#2026", null);
        assertThat(ok.statusCode()).as(() -> "demo admin: " + ok.body() + diagnostics()).isEqualTo(200);
        assertThat(ok.body()).contains("NJGL0001");
        assertThat(admin("GET", "/api/admin/v1/piles/32010600000001", "13900000000", "ChargeOps#2026", null).body())
                .contains("\"gunCode\":\"3201060000000101\"");

        HttpResponse<String> malformed = admin("POST", "/api/admin/v1/tariffs", "13900000000", "ChargeOps#2026", "{not json");
        assertThat(malformed.statusCode()).as(() -> "malformed body: " + malformed.body() + diagnostics()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private HttpResponse<String> admin(String method, String path, String phone, String password, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + domain.httpPort() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (phone + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JMS wiring proven with a message round trip in the EAR shape, as the Micro tests do in theirs. */
    @Test
    @Order(6)
    void consoleSignInTravelsThroughTheBrokerIntoTheAuditLog() throws Exception {
        // the JMS round trip in this shape: sign-in (web module) -> chargeops.audit queue (artemis-ra) ->
        // ConsoleAuditListener MDB (EJB module) -> console_sign_in_log -> the home screen lists it
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpResponse<String> loginPage = browser.send(page("/admin/").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(loginPage.uri().getPath()).isEqualTo("/admin/login.xhtml");
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(viewState.find()).as("JSF view state on the sign-in page").isTrue();
        String form = "login=login&login%3Aphone=13900000000&login%3Apassword=" + java.net.URLEncoder.encode("ChargeOps#2026",
                java.nio.charset.StandardCharsets.UTF_8) + "&login%3Asubmit=&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState.group(1), java.nio.charset.StandardCharsets.UTF_8);

        HttpResponse<String> home = browser.send(page("/admin/login.xhtml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(home.uri().getPath()).as(() -> "after sign-in: " + home.body() + diagnostics()).isEqualTo("/admin/index.xhtml");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String body = home.body();
        while (!body.contains("data-ri=\"0\"") && Instant.now().isBefore(deadline)) {
            sleep(500);
            body = browser.send(page("/admin/index.xhtml").build(), HttpResponse.BodyHandlers.ofString()).body();
        }
        assertThat(body).as(() -> "sign-in log on the home screen" + diagnostics()).contains("data-ri=\"0\"").contains("成功");
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + domain.httpPort() + path))
                .header("Accept-Language", "zh-CN").timeout(Duration.ofSeconds(60));
    }

    /**
     * The Artemis adapter is deployed on its own under the same name as on Micro ({@code artemis-ra}), so ejb-core's
     * JMS definitions and MDB bindings hold in both shapes; a connection pool against it reaches the embedded broker
     * over the in-VM connector.
     */
    @Test
    @Order(6)
    void artemisAdapterIsDeployedAsArtemisRa() {
        String pool = "chargeopsItArtemisProbe";
        domain.asadmin(true, "create-connector-connection-pool", "--raname", "artemis-ra",
                "--connectiondefinition", "jakarta.jms.ConnectionFactory", "--transactionsupport", "XATransaction", pool);
        try {
            domain.asadmin(true, "ping-connection-pool", pool);
        } finally {
            domain.asadmin(false, "delete-connector-connection-pool", "--cascade=true", pool);
        }
    }

    /**
     * A restarted domain brings the EAR back by itself (Payara reloads it after the listeners are up, so the
     * readiness endpoint is polled rather than expected at once).
     */
    @Test
    @Order(7)
    void comesBackAfterADomainRestart() {
        Duration restart = domain.restart();
        Instant restartedAt = Instant.now();
        awaitReady();
        System.out.printf("Payara Server EAR smoke test: restart-domain %d ms, ready %d ms later%n",
                restart.toMillis(), Duration.between(restartedAt, Instant.now()).toMillis());
        HttpResponse<String> ready = get("/health/ready");
        assertThat(checks(ready.body())).as(() -> "readiness after restart: " + ready.body() + diagnostics())
                .containsEntry("database", "UP")
                .containsEntry("broker", "UP")
                .containsEntry("pile-listener", "UP");
        assertThat(get("/api/does-not-exist").statusCode()).isEqualTo(404);
    }

    /** Undeploying stops both adapters: the pile port is released (Netty shut down, no leaked listener). */
    @Test
    @Order(8)
    void undeployReleasesThePileListener() throws InterruptedException {
        Duration undeploy = domain.undeploy(APP);
        deployed = false;
        System.out.printf("Payara Server EAR smoke test: undeploy %d ms%n", undeploy.toMillis());
        Instant deadline = Instant.now().plusSeconds(30);
        boolean listening = true;
        while (listening && Instant.now().isBefore(deadline)) {
            listening = accepts(domain.pilePort());
            if (listening) {
                Thread.sleep(250);
            }
        }
        assertThat(listening).as(() -> "pile port " + domain.pilePort() + " still open 30 s after undeploy" + diagnostics())
                .isFalse();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> ready = http.send(request("/health/ready"), HttpResponse.BodyHandlers.ofString());
                // Payara answers before (and while) the application loads: ready means all of our checks are there
                if (ready.statusCode() == 200 && checks(ready.body()).keySet().containsAll(READINESS_CHECKS)) {
                    return;
                }
                last = "HTTP " + ready.statusCode() + " " + ready.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(1000);
        }
        fail("chargeops not ready within " + READY_TIMEOUT + "; last /health/ready: " + last + diagnostics());
    }

    private HttpResponse<String> get(String path) {
        try {
            return http.send(request(path), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e + diagnostics(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + domain.httpPort() + path))
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    private static Map<String, String> checks(String health) {
        Map<String, String> checks = new LinkedHashMap<>();
        Matcher m = CHECK.matcher(health);
        while (m.find()) {
            checks.put(m.group(1), m.group(2));
        }
        return checks;
    }

    private static boolean accepts(int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    private String diagnostics() {
        return domain == null ? "" : "\n(app deployed: " + deployed + ", asadmin log: " + domain.asadminLog() + ")"
                + domain.serverLogTail(80);
    }

    private static String mib(OptionalLong bytes) {
        return bytes.isPresent() ? (bytes.getAsLong() / (1024 * 1024)) + " MiB" : "n/a";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
