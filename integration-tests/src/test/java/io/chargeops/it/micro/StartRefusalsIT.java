package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.DEMO_USER;
import static io.chargeops.it.micro.AdminApi.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.message.HardwareFault;
import io.chargeops.pile.protocol.ykc.message.RemoteStartRequest;
import io.chargeops.pile.simulator.PileConfig;
import io.chargeops.pile.simulator.SimIntervals;
import io.chargeops.pile.simulator.SimulatedPile;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts the platform must refuse: offline gun, faulted gun, insufficient balance, unknown gun (and unknown user, bad
 * input). Each is a 4xx problem+json with the contract's type, and nothing changes: the wallet, its ledger and the
 * user's orders are as before, and no pile is asked to start.
 */
@ExtendWith(SharedNode.class)
class StartRefusalsIT {

    static final String DC_PILE = "32010600000001";
    static final String FAULTED_GUN = DC_PILE + "01";
    static final String IDLE_GUN = DC_PILE + "02";
    static final String OFFLINE_GUN = "3201060000000201"; // pile 32010600000002 is never connected here
    static final String PROBLEMS = "https://chargeops.io/problems/";
    static final Duration T = Duration.ofSeconds(30);

    static MicroNode node;
    static AdminApi api;
    static EventLoopGroup group;
    static SimulatedPile pile;

    @BeforeAll
    static void boot(MicroNode shared) {
        node = shared;
        api = new AdminApi(node);
        group = new NioEventLoopGroup(1);
        pile = SimulatedPile.start(PileConfig.builder(DC_PILE).guns(2).server("127.0.0.1", node.pilePort())
                .intervals(SimIntervals.fast()).billingModel(DemoTariff.MODEL).build(), group);
        pile.awaitOnline(T);
        pile.fault(1, HardwareFault.EMERGENCY_STOP);
        awaitGun(FAULTED_GUN, "\"FAULT\"");
        awaitGun(IDLE_GUN, "\"pileOnline\":true");
    }

    @AfterAll
    static void shutdown() {
        if (pile != null) {
            pile.close();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void offlineGun() {
        assertRefusedAndNothingChanged(() -> api.startOrder(DEMO_USER, OFFLINE_GUN, new BigDecimal("10.00")), 409,
                "gun-offline");
    }

    @Test
    void faultedGun() {
        assertRefusedAndNothingChanged(() -> api.startOrder(DEMO_USER, FAULTED_GUN, new BigDecimal("10.00")), 409,
                "gun-faulted");
    }

    @Test
    void insufficientBalance() {
        assertRefusedAndNothingChanged(() -> api.startOrder(DEMO_USER, IDLE_GUN, new BigDecimal("100000.00")), 422,
                "insufficient-balance");
    }

    @Test
    void unknownGunCode() {
        assertRefusedAndNothingChanged(() -> api.startOrder(DEMO_USER, "9999999999999901", new BigDecimal("10.00")),
                404, "unknown-gun");
    }

    @Test
    void unknownUser() {
        assertRefusedAndNothingChanged(() -> api.startOrder("13899999999", IDLE_GUN, new BigDecimal("10.00")), 404,
                "unknown-user");
    }

    @Test
    void badInputIsA400Problem() {
        assertRefusedAndNothingChanged(() -> api.startOrder(DEMO_USER, IDLE_GUN, new BigDecimal("0.00")), 400, null);
        assertRefusedAndNothingChanged(() -> api.startOrder(DEMO_USER, IDLE_GUN, new BigDecimal("-5.00")), 400, null);
        assertRefusedAndNothingChanged(() -> api.post("/charging-orders",
                Json.object("userPhone", DEMO_USER, "prepayAmount", new BigDecimal("10.00"))), 400, null);
        assertRefusedAndNothingChanged(() -> api.post("/charging-orders", "{\"userPhone\":"), 400, null);
        assertRefusedAndNothingChanged(() -> api.post("/charging-orders",
                "{\"userPhone\":\"" + DEMO_USER + "\",\"gunCode\":\"" + IDLE_GUN + "\",\"prepayAmount\":\"lots\"}"),
                400, null);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static void assertRefusedAndNothingChanged(java.util.function.Supplier<AdminApi.Reply> attempt,
            int status, String type) {
        Map<String, Object> walletBefore = api.wallet(DEMO_USER);
        List<Map<String, Object>> ledgerBefore = api.ledger(walletBefore.get("walletId"));
        List<Object> ordersBefore = orderNumbers();
        int startsBefore = pile.received(RemoteStartRequest.class).size();

        AdminApi.Reply refused = attempt.get();

        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(refused.isProblem()).as(refused.toString()).isTrue();
        Map<String, Object> problem = refused.map();
        assertThat(problem.get("status")).as(refused.toString()).hasToString(Integer.toString(status));
        assertThat(str(problem, "title")).as(refused.toString()).isNotBlank();
        if (type != null) {
            assertThat(str(problem, "type")).as(refused.toString()).isEqualTo(PROBLEMS + type);
            assertThat(str(problem, "detail")).as(refused.toString()).isNotBlank();
        }
        AdminApi.sleep(300); // anything a refused start wrongly set going would show by now
        assertThat(api.wallet(DEMO_USER)).as("wallet after " + refused).isEqualTo(walletBefore);
        assertThat(api.ledger(walletBefore.get("walletId"))).as("ledger after " + refused).isEqualTo(ledgerBefore);
        assertThat(orderNumbers()).as("orders after " + refused).isEqualTo(ordersBefore);
        assertThat(pile.received(RemoteStartRequest.class)).as("0x34 after " + refused).hasSize(startsBefore);
    }

    private static List<Object> orderNumbers() {
        return api.orders("userPhone=" + DEMO_USER + "&limit=500").stream().map(o -> o.get("orderNo")).toList();
    }

    private static void awaitGun(String gunCode, String fragment) {
        long deadline = System.nanoTime() + T.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                last = HttpClient.newHttpClient().send(HttpRequest.newBuilder(node.url("/api/app/v1/guns/" + gunCode))
                        .build(), HttpResponse.BodyHandlers.ofString()).body().replace(" ", "");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            if (last.contains(fragment)) {
                return;
            }
            AdminApi.sleep(100);
        }
        throw new AssertionError("gun " + gunCode + " not " + fragment + " within " + T + ": " + last);
    }
}
