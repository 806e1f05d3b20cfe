package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.str;
import static io.chargeops.it.micro.AppApi.ok;
import static io.chargeops.it.micro.AppJourneyIT.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.message.HeartbeatResponse;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.simulator.PileConfig;
import io.chargeops.pile.simulator.SimClock;
import io.chargeops.pile.simulator.SimIntervals;
import io.chargeops.pile.simulator.SimulatedPile;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Continue charging" over HTTP with a simulated pile whose car stays plugged in: after a settled order the same
 * user starts again on the same gun from the order; an order with another order on its gun since, an unplugged gun
 * and another user's order are refused with problem+json.
 */
@ExtendWith(SharedNode.class)
class AppContinueChargingIT {

    static final String GUN = AppJourneyIT.DC_PILE + "02";
    static final Duration T = Duration.ofSeconds(30);

    @Test
    void continueOnTheSameGunWhileStillPlugged(MicroNode node) {
        AppApi driver = new AppApi(node);
        driver.register(AppApi.newPhone());
        Map<String, Object> recharge = ok(driver.post("/wallet/recharges", Json.object("amount", new BigDecimal("100.00"),
                "provider", "sandbox")), 201);
        ok(driver.callback("sandbox", str(recharge, "payment.callbackBody"),
                Map.of("X-Sandbox-Signature", str(recharge, "payment.callbackSignature"))), 200);

        EventLoopGroup group = new NioEventLoopGroup(2);
        SimClock clock = SimClock.pausedAt(LocalDate.now(AppJourneyIT.SHANGHAI).atTime(3, 0), AppJourneyIT.SHANGHAI);
        try (SimulatedPile pile = SimulatedPile.start(PileConfig.builder(AppJourneyIT.DC_PILE).guns(2)
                .server("127.0.0.1", node.pilePort()).intervals(SimIntervals.fast().withTransactionResend(
                        Duration.ofSeconds(2))).billingModel(DemoTariff.MODEL).clock(clock).followTimeSync(false)
                .timeScale(60).build(), group)) {
            assertThat(pile.loginResult()).succeedsWithin(T).isEqualTo(LoginResult.SUCCESS);
            pile.awaitOnline(T);
            pile.awaitReceived(HeartbeatResponse.class, r -> r.gunNo() == 2, T);
            await(driver, "/guns/" + GUN, "startable and plugged", g -> Boolean.TRUE.equals(g.get("startable"))
                    && "OCCUPIED".equals(g.get("state")));

            String first = charge(driver, clock, ok(driver.post("/charging-orders", Json.object("gunCode", GUN,
                    "prepayAmount", new BigDecimal("20.00"))), 201));
            // not continuable while another user asks, nor while in progress (tested on the next one)
            AppApi stranger = new AppApi(node);
            stranger.register(AppApi.newPhone());
            refused(stranger.post("/charging-orders/" + first + "/continuation", "{}"), 404);

            // the car is still plugged in: continue on the same gun
            await(driver, "/guns/" + GUN, "plugged again after the charge", g -> "OCCUPIED".equals(g.get("state")));
            AdminApi.Reply continued = driver.post("/charging-orders/" + first + "/continuation",
                    Json.object("prepayAmount", new BigDecimal("10.00")));
            assertThat(continued.status()).as(continued.toString()).isEqualTo(201);
            Map<String, Object> second = AppApi.map(continued);
            assertThat(str(second, "gunCode")).isEqualTo(GUN);
            assertThat(str(second, "orderNo")).isNotEqualTo(first);
            AdminApi.Reply whileRunning = driver.post("/charging-orders/" + str(second, "orderNo") + "/continuation", "{}");
            refused(whileRunning, 409);
            assertThat(AppApi.body(whileRunning)).contains("order-not-continuable");
            String secondNo = charge(driver, clock, second);

            // the first order has another order on its gun since
            AdminApi.Reply stale = driver.post("/charging-orders/" + first + "/continuation", "{}");
            refused(stale, 409);
            assertThat(AppApi.body(stale)).contains("order-not-continuable");

            // unplugged: refused
            pile.unplug(2);
            await(driver, "/guns/" + GUN, "unplugged", g -> "IDLE".equals(g.get("state")));
            AdminApi.Reply unplugged = driver.post("/charging-orders/" + secondNo + "/continuation", "{}");
            refused(unplugged, 409);
            assertThat(AppApi.body(unplugged)).contains("gun-not-plugged");
            refused(driver.post("/charging-orders/12345/continuation", "{}"), 400);
            assertThat(AppApi.list(driver.get("/charging-orders"))).hasSize(2);
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    /** Waits for the started order to charge, runs the pile a minute, stops it and waits for settlement. */
    private static String charge(AppApi driver, SimClock clock, Map<String, Object> started) {
        String orderNo = str(started, "orderNo");
        await(driver, "/charging-orders/" + orderNo, "CHARGING", o -> "CHARGING".equals(o.get("state")));
        clock.run(60);
        await(driver, "/charging-orders/" + orderNo, "showing energy",
                o -> o.get("energyKwh") != null && AdminApi.dec(o, "energyKwh").signum() > 0);
        ok(driver.post("/charging-orders/" + orderNo + "/stop", "{}"), 202);
        await(driver, "/charging-orders/" + orderNo, "SETTLED", o -> "SETTLED".equals(o.get("state")));
        return orderNo;
    }

    private static Map<String, Object> await(AppApi driver, String path, String what, Predicate<Map<String, Object>> condition) {
        long deadline = System.nanoTime() + T.toNanos();
        Map<String, Object> last = null;
        while (System.nanoTime() < deadline) {
            last = ok(driver.get(path), 200);
            if (condition.test(last)) {
                return last;
            }
            AdminApi.sleep(100);
        }
        throw new AssertionError(path + " not " + what + " within " + T + ": " + last);
    }
}
