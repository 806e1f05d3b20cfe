package io.chargeops.it.micro;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.DecodeResult;
import io.chargeops.pile.protocol.ykc.YkcCodec;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.Heartbeat;
import io.chargeops.pile.protocol.ykc.message.HeartbeatResponse;
import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import io.chargeops.pile.protocol.ykc.message.LoginResponse;
import io.chargeops.pile.protocol.ykc.message.TimeSyncRequest;
import io.chargeops.pile.protocol.ykc.message.YkcMessage;
import io.chargeops.pile.protocol.ykc.types.Carrier;
import io.chargeops.pile.protocol.ykc.types.GunHealth;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.protocol.ykc.types.NetworkType;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.PileType;
import io.chargeops.pile.simulator.PileConfig;
import io.chargeops.pile.simulator.SimIntervals;
import io.chargeops.pile.simulator.SimulatedPile;
import io.chargeops.pile.simulator.TrafficRecord;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pile path on the real platform (Payara Micro, standalone pile-jca-connector.rar, PileMessageMdb in the WAR):
 * piles over real TCP, state through the REST API, free piles and the command log straight from the database. The
 * node runs with short heartbeat settings (1 s period, 2 missed = offline) so offline detection takes seconds, and
 * with H2 in AUTO_SERVER mode so this test can read the database the node writes.
 */
class PilePathIT {

    static final String DC_PILE = "32010600000001";
    static final String AC_PILE = "32010600000002";
    static final String AC_GUN = AC_PILE + "01";

    static MicroNode node;
    static EventLoopGroup group;
    static String jdbcUrl;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void boot() {
        node = new MicroNode("piles");
        jdbcUrl = "jdbc:h2:file:" + node.directory().resolve("data/chargeops") + ";AUTO_SERVER=TRUE";
        node.withEnv("CHARGEOPS_PILE_HEARTBEAT_PERIOD_SECONDS", "1")
                .withEnv("CHARGEOPS_PILE_MISSED_HEARTBEATS", "2")
                .withEnv("CHARGEOPS_DB_URL", jdbcUrl)
                .start();
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

    @Test
    void registeredPileIsAcceptedHeartbeatsAreAckedWithTheirSequenceAndItsClockIsSynchronised() {
        try (SimulatedPile pile = simulated(DC_PILE, 2, SimIntervals.fast())) {
            assertThat(pile.loginResult()).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(LoginResult.SUCCESS);
            pile.awaitOnline(Duration.ofSeconds(10)); // billing model verified/received from the demo tariff
            pile.awaitReceived(TimeSyncRequest.class, r -> true, Duration.ofSeconds(5));
            pile.awaitReceived(HeartbeatResponse.class, r -> r.gunNo() == 2, Duration.ofSeconds(5));

            List<TrafficRecord> traffic = pile.traffic();
            Set<Integer> heartbeatSequences = sequences(traffic, true, m -> m instanceof Heartbeat);
            Set<Integer> ackSequences = sequences(traffic, false, m -> m instanceof HeartbeatResponse);
            assertThat(ackSequences).isNotEmpty();
            assertThat(heartbeatSequences).containsAll(ackSequences);

            awaitTrue(() -> commandResults(DC_PILE, "TIME_SYNC").contains("ANSWERED"), Duration.ofSeconds(5),
                    "time sync after login recorded as ANSWERED in pile_command_log");
            awaitTrue(() -> onlineFlag(DC_PILE), Duration.ofSeconds(2), "pile.online_flag");
        }
    }

    @Test
    void gunStateChangeIsVisibleThroughTheAppApiWithinASecond() throws Exception {
        try (SimulatedPile pile = simulated(DC_PILE, 2, SimIntervals.fast())) {
            pile.awaitOnline(Duration.ofSeconds(10));
            // the simulator's guns start plugged in: idle real-time data with "plugged" = occupied (插枪未充电)
            awaitTrue(() -> gun(DC_PILE + "01").contains("\"state\":\"OCCUPIED\""), Duration.ofSeconds(5), "gun 01 OCCUPIED");
            assertThat(gun(DC_PILE + "01")).contains("\"pileOnline\":true").contains("\"stationName\":\"南京鼓楼示范充电站\"")
                    .contains("\"pileCode\":\"" + DC_PILE + "\"");

            Instant unplugged = Instant.now();
            pile.unplug(1);
            awaitTrue(() -> gun(DC_PILE + "01").contains("\"state\":\"IDLE\""), Duration.ofSeconds(1),
                    "gun 01 IDLE within a second of unplugging");
            System.out.printf("Pile path: unplug visible through REST after %d ms%n",
                    Duration.between(unplugged, Instant.now()).toMillis());

            Instant plugged = Instant.now();
            pile.plugIn(1);
            awaitTrue(() -> gun(DC_PILE + "01").contains("\"state\":\"OCCUPIED\""), Duration.ofSeconds(1),
                    "gun 01 OCCUPIED within a second of plugging in");
            System.out.printf("Pile path: plug-in visible through REST after %d ms%n",
                    Duration.between(plugged, Instant.now()).toMillis());
        }
    }

    @Test
    void connectorCountersAndPileReadinessArePublished() throws Exception {
        try (SimulatedPile pile = simulated(DC_PILE, 2, SimIntervals.fast())) {
            pile.awaitOnline(Duration.ofSeconds(10));
            pile.awaitReceived(HeartbeatResponse.class, r -> true, Duration.ofSeconds(5));
            HttpResponse<String> metrics = get("/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body())
                    .containsPattern("chargeops_pile_frames_in_total\\{[^}]*type=\"0x03\"[^}]*} [1-9]")
                    .contains("chargeops_pile_online")
                    .contains("chargeops_pile_heartbeat_timeouts_total")
                    .contains("chargeops_pile_decode_errors_total")
                    .containsPattern("chargeops_pile_logins_total\\{[^}]*result=\"accepted\"");
            System.out.println("Pile path metrics:\n" + metrics.body().lines()
                    .filter(l -> l.startsWith("chargeops_pile") && !l.endsWith(" 0") && !l.endsWith(" 0.0"))
                    .collect(Collectors.joining("\n")));
        }
        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.body()).contains("\"name\":\"pile-connector\"").contains("endpointsActive");
    }

    @Test
    void gunApiAnswersProblemsForMalformedAndUnknownCodes() throws Exception {
        HttpResponse<String> malformed = get("/api/app/v1/guns/12AB");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> unknown = get("/api/app/v1/guns/9999999999999901");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("\"status\":404");
    }

    @Test
    void unknownPileIsRefusedAndKeptOnceAsFreePile() {
        String unknown = "32019999000077";
        try (SimulatedPile pile = simulated(unknown, 1, SimIntervals.fast())) {
            assertThat(pile.loginResult()).succeedsWithin(Duration.ofSeconds(10)).isEqualTo(LoginResult.FAILURE);
            awaitTrue(() -> pile.connections() >= 3, Duration.ofSeconds(10), "the refused pile retried");
        }
        assertThat(query("SELECT status FROM pile WHERE pile_code = ?", unknown)).containsExactly("FREE");
        assertThat(query("SELECT firmware_version FROM pile WHERE pile_code = ?", unknown)).hasSize(1);
        assertThat(query("SELECT online_flag FROM pile WHERE pile_code = ?", unknown)).containsExactly("FALSE");
    }

    /**
     * A pile that stops sending heartbeats is dropped after the configured missed heartbeats; its guns go OFFLINE,
     * and the time sync still waiting for its answer fails with a clear reason in the command log.
     */
    @Test
    void silentPileGoesOfflineAfterTheMissedHeartbeatsAndItsPendingCommandFails() throws Exception {
        try (RawPile pile = new RawPile(AC_PILE)) {
            assertThat(pile.login()).isEqualTo(LoginResult.SUCCESS);
            awaitTrue(() -> gun(AC_GUN).contains("\"pileOnline\":true"), Duration.ofSeconds(2), "AC pile online");
            Instant silentSince = Instant.now();
            assertThat(pile.awaitClosedByServer(Duration.ofSeconds(8))).as("server closed the silent pile").isTrue();
            System.out.printf("Pile path: silent pile dropped after %d ms (1 s period x 2)%n",
                    Duration.between(silentSince, Instant.now()).toMillis());
        }
        awaitTrue(() -> gun(AC_GUN).contains("\"pileOnline\":false") && gun(AC_GUN).contains("\"state\":\"OFFLINE\""),
                Duration.ofSeconds(2), "AC pile offline, gun OFFLINE");
        awaitTrue(() -> !onlineFlag(AC_PILE), Duration.ofSeconds(2), "pile.online_flag false");
        awaitTrue(() -> !commandResults(AC_PILE, "TIME_SYNC").isEmpty()
                        && !commandResults(AC_PILE, "TIME_SYNC").contains("SENT"),
                Duration.ofSeconds(15), "unanswered time sync closed in the command log");
        assertThat(commandResults(AC_PILE, "TIME_SYNC")).doesNotContain("ANSWERED").isSubsetOf("OFFLINE", "FAILED", "TIMEOUT");
        assertThat(query("SELECT answer_summary FROM pile_command_log WHERE pile_code = ?", AC_PILE))
                .allSatisfy(summary -> assertThat(summary).contains(AC_PILE));
    }

    @Test
    void secondLoginReplacesTheFirstSessionAndThePileStaysOnline() throws Exception {
        try (RawPile first = new RawPile(AC_PILE); RawPile second = new RawPile(AC_PILE)) {
            assertThat(first.login()).isEqualTo(LoginResult.SUCCESS);
            assertThat(second.login()).isEqualTo(LoginResult.SUCCESS);
            second.heartbeatEvery(Duration.ofMillis(300));
            assertThat(first.awaitClosedByServer(Duration.ofSeconds(3))).as("old session closed").isTrue();
            Thread.sleep(1500); // longer than a missed-heartbeat window: the new session must carry the pile
            assertThat(gun(AC_GUN)).contains("\"pileOnline\":true");
            assertThat(onlineFlag(AC_PILE)).isTrue();
            assertThat(second.isOpen()).isTrue();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private SimulatedPile simulated(String code, int guns, SimIntervals intervals) {
        return SimulatedPile.start(PileConfig.builder(code).guns(guns).server("127.0.0.1", node.pilePort())
                .intervals(intervals).build(), group);
    }

    private static Set<Integer> sequences(List<TrafficRecord> traffic, boolean outbound, Predicate<YkcMessage> kind) {
        return traffic.stream().filter(t -> t.outbound() == outbound && kind.test(t.packet().message()))
                .map(t -> t.packet().sequence()).collect(Collectors.toSet());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(node.url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String gun(String code) {
        try {
            HttpResponse<String> response = get("/api/app/v1/guns/" + code);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body().replace(" ", "");
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<String> query(String sql, String pileCode) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "chargeops", "chargeops");
             PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, pileCode);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(String.valueOf(rs.getObject(1)).toUpperCase().equals("FALSE") ? "FALSE" : String.valueOf(rs.getObject(1)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> commandResults(String pileCode, String type) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "chargeops", "chargeops");
             PreparedStatement st = c.prepareStatement("SELECT result FROM pile_command_log WHERE pile_code = ? AND command_type = ?")) {
            st.setString(1, pileCode);
            st.setString(2, type);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean onlineFlag(String pileCode) {
        return !query("SELECT online_flag FROM pile WHERE pile_code = ?", pileCode).contains("FALSE");
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + timeout.toMillis() + " ms: " + what + "\n" + node.logTail());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * A pile written by hand over a plain socket, for what the simulator does on purpose never do: stay silent after
     * login, or hold two connections for one pile code.
     */
    static final class RawPile implements AutoCloseable {
        private final YkcCodec codec = YkcCodec.standard();
        private final PileCode code;
        private final Socket socket = new Socket();
        private int sequence;
        private Thread heartbeats;

        RawPile(String code) throws IOException {
            this.code = PileCode.of(code);
            socket.connect(new InetSocketAddress("127.0.0.1", node.pilePort()), 2000);
        }

        LoginResult login() throws IOException {
            write(new LoginRequest(code, PileType.AC, 1, LoginRequest.PROTOCOL_V16, "RAW1.0", NetworkType.LAN,
                    "00".repeat(10), Carrier.OTHER));
            socket.setSoTimeout(5000);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            List<Byte> seen = new ArrayList<>();
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IOException("closed before the login answer");
                }
                for (int i = 0; i < n; i++) {
                    seen.add(buffer[i]);
                }
                byte[] all = new byte[seen.size()];
                for (int i = 0; i < all.length; i++) {
                    all[i] = seen.get(i);
                }
                for (DecodeResult result : codec.decodeAll(all)) {
                    if (result instanceof YkcPacket p && p.message() instanceof LoginResponse r) {
                        return r.result();
                    }
                }
            }
        }

        synchronized void write(YkcMessage message) throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write(codec.encode(sequence++ & 0xFFFF, message));
            out.flush();
        }

        void heartbeatEvery(Duration period) {
            heartbeats = new Thread(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        write(new Heartbeat(code, 1, GunHealth.NORMAL));
                        Thread.sleep(period.toMillis());
                    }
                } catch (IOException | InterruptedException stop) {
                    // closed
                }
            }, "raw-pile-heartbeat");
            heartbeats.setDaemon(true);
            heartbeats.start();
        }

        /** Reads (and drops) whatever the platform sends until it closes the connection or the time is up. */
        boolean awaitClosedByServer(Duration timeout) throws IOException {
            Instant deadline = Instant.now().plus(timeout);
            socket.setSoTimeout(200);
            byte[] buffer = new byte[1024];
            while (Instant.now().isBefore(deadline)) {
                try {
                    if (socket.getInputStream().read(buffer) < 0) {
                        return true;
                    }
                } catch (SocketTimeoutException stillOpen) {
                    // keep waiting
                } catch (IOException reset) {
                    return true;
                }
            }
            return false;
        }

        boolean isOpen() throws IOException {
            return !awaitClosedByServer(Duration.ofMillis(300));
        }

        @Override
        public void close() throws IOException {
            if (heartbeats != null) {
                heartbeats.interrupt();
            }
            socket.close();
        }
    }

}
