package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.DEMO_USER;
import static io.chargeops.it.micro.AdminApi.balance;
import static io.chargeops.it.micro.AdminApi.dec;
import static io.chargeops.it.micro.AdminApi.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.message.PileStartResponse;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.types.AuthFailureReason;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import io.chargeops.pile.simulator.PileConfig;
import io.chargeops.pile.simulator.SimIntervals;
import io.chargeops.pile.simulator.SimulatedPile;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts at the pile (0x31): a charging card bound to the demo user's wallet through the ops API is authorised with
 * the wallet's available balance (0x32), the session is an order of channel CARD that settles against that wallet;
 * an unknown card and an unknown VIN are refused with the protocol's reasons and leave nothing behind.
 */
@ExtendWith(SharedNode.class)
class PileStartIT {

    static final String DC_PILE = "32010600000001";
    static final Duration T = Duration.ofSeconds(30);

    static MicroNode node;
    static AdminApi api;
    static EventLoopGroup group;

    @BeforeAll
    static void boot(MicroNode shared) {
        node = shared;
        api = new AdminApi(node);
        group = new NioEventLoopGroup(1);
    }

    @AfterAll
    static void shutdown() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void aBoundCardStartsAnOrderThatSettlesAgainstItsWallet() {
        PhysicalCardNo card = PhysicalCardNo.of("A1B2C3D4E5F60718");
        AdminApi.Reply bound = api.post("/charging-credentials", "{\"kind\":\"CARD\",\"credential\":\"" + card.hex()
                + "\",\"userPhone\":\"" + DEMO_USER + "\"}");
        assertThat(bound.status()).as(bound.toString()).isEqualTo(201);
        AdminApi.Reply again = api.post("/charging-credentials", "{\"kind\":\"CARD\",\"credential\":\"" + card.hex()
                + "\",\"userPhone\":\"" + DEMO_USER + "\"}");
        assertThat(again.status()).as("a card binds to one account").isEqualTo(409);

        try (SimulatedPile pile = SimulatedPile.start(PileConfig.builder(DC_PILE).guns(2)
                .server("127.0.0.1", node.pilePort()).intervals(SimIntervals.fast()).billingModel(DemoTariff.MODEL)
                .timeScale(60).build(), group)) {
            pile.awaitOnline(T);
            Map<String, Object> before = api.wallet(DEMO_USER);

            pile.swipeCard(1, card);
            PileStartResponse authorised = pile.awaitReceived(PileStartResponse.class, r -> r.gunNo() == 1, T);
            assertThat(authorised.authResult()).isEqualTo(SuccessFlag.SUCCESS);
            assertThat(authorised.balance()).as("the pile may use what the wallet has available")
                    .isEqualByComparingTo(dec(before, "available").setScale(2, java.math.RoundingMode.DOWN));
            String orderNo = authorised.serial().digits();
            Map<String, Object> charging = api.awaitState(orderNo, "CHARGING", T);
            assertThat(str(charging, "startChannel")).isEqualTo("CARD");
            assertThat(str(charging, "userPhone")).isEqualTo(DEMO_USER);

            api.awaitOrder(orderNo, "showing energy", o -> o.get("energyKwh") != null && dec(o, "energyKwh").signum() > 0, T);
            pile.stopLocally(1);
            Map<String, Object> settled = api.awaitState(orderNo, "SETTLED", T);
            TransactionRecord bill = pile.lastTransactionRecord(1).orElseThrow();
            assertThat(bill.serial().digits()).isEqualTo(orderNo);
            assertThat(dec(settled, "settlement.payableAmount")).isEqualByComparingTo(DemoTariff.bill(bill).payableAmount());

            Map<String, Object> after = api.wallet(DEMO_USER);
            assertThat(balance(after)).isEqualByComparingTo(balance(before).subtract(dec(settled, "settlement.payableAmount")));
            assertThat(dec(after, "frozen")).isEqualByComparingTo(dec(before, "frozen"));
            AdminApi.Reply drifts = api.get("/wallets/drifts");
            assertThat(drifts.list()).isEmpty();
        }
    }

    @Test
    void anUnknownCardOrVinIsRefusedAndLeavesNoOrder() {
        try (SimulatedPile pile = SimulatedPile.start(PileConfig.builder(DC_PILE).guns(2)
                .server("127.0.0.1", node.pilePort()).intervals(SimIntervals.fast()).billingModel(DemoTariff.MODEL)
                .build(), group)) {
            pile.awaitOnline(T);
            List<Map<String, Object>> ordersBefore = api.get("/charging-orders?gunCode=" + DC_PILE + "02").list();

            pile.swipeCard(2, PhysicalCardNo.of("FFFFFFFF00000001"));
            PileStartResponse card = pile.awaitReceived(PileStartResponse.class, r -> r.gunNo() == 2, T);
            assertThat(card.authResult()).isEqualTo(SuccessFlag.FAILURE);
            assertThat(card.failureReason()).isEqualTo(AuthFailureReason.ACCOUNT_NOT_FOUND);

            pile.startWithVin(2, "LSVAU2180N2000001");
            PileStartResponse vin = pile.awaitReceived(PileStartResponse.class,
                    r -> r.gunNo() == 2 && r != card, T);
            assertThat(vin.authResult()).isEqualTo(SuccessFlag.FAILURE);
            assertThat(vin.failureReason()).isEqualTo(AuthFailureReason.VIN_UNKNOWN);

            assertThat(api.get("/charging-orders?gunCode=" + DC_PILE + "02").list()).hasSameSizeAs(ordersBefore);
        }
    }
}
