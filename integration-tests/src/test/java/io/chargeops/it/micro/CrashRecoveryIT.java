package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.DEMO_USER;
import static io.chargeops.it.micro.AdminApi.balance;
import static io.chargeops.it.micro.AdminApi.dec;
import static io.chargeops.it.micro.AdminApi.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.message.TransactionRecordConfirm;
import io.chargeops.pile.protocol.ykc.types.TransactionConfirmResult;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import io.chargeops.pile.simulator.GunSnapshot;
import io.chargeops.pile.simulator.PileState;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The server process is killed (SIGKILL) while 100 sessions charge and their transaction records are on the way:
 * half the sessions were stopped through the API just before the kill (some records settled and confirmed, some in
 * flight, some not yet sent), the other half end at the pile while the server is down. After the restart on the same
 * data directory the piles reconnect and resend whatever is unconfirmed, and then every pile resends its last record
 * once more: every session's record is settled exactly once (one debit per order, at the tariff price), every
 * record is confirmed, and no wallet's balance differs from the sum of its ledger.
 *
 * <p>All 100 sessions belong to the demo app user (one wallet of 100.00; prepay 0.95 each; energy at 5 × real
 * time): the ops API has no way to create app users or recharge wallets yet, and one wallet carrying 100 concurrent
 * holds is the harder case for the ledger anyway. Piles are registered through {@code POST /api/admin/v1/piles} (50 AC piles × 2 guns, 7 kW).
 */
class CrashRecoveryIT {

    static final int PILES = 50;
    static final int GUNS = 2;
    static final BigDecimal PREPAY = new BigDecimal("0.95");
    static final Duration T = Duration.ofSeconds(60);

    @Test
    void everySessionIsSettledExactlyOnceAfterAKillAndRestart() throws Exception {
        try (MicroNode node = new MicroNode("crash")) {
            node.start();
            AdminApi api = new AdminApi(node);
            List<String> codes = PileFleet.codes("32010698", PILES);
            PileFleet.register(api, codes, GUNS);
            try (PileFleet fleet = PileFleet.connect(node, codes, GUNS, 5).awaitOnline(T)) {
                Map<String, Object> before = api.wallet(DEMO_USER);

                // 100 orders, each on its own gun
                Map<String, PileFleet.FleetGun> gunOf = new HashMap<>();
                for (PileFleet.FleetGun gun : fleet.guns()) {
                    AdminApi.Reply r = api.startOrder(DEMO_USER, gun.gunCode(), PREPAY);
                    assertThat(r.status()).as(r.toString()).isEqualTo(201);
                    gunOf.put(str(r.map(), "orderNo"), gun);
                }
                List<String> orders = List.copyOf(gunOf.keySet());
                awaitTrue(node, () -> fleet.count(GunSnapshot::charging) == PILES * GUNS, "all 100 guns charging");
                for (String orderNo : orders) {
                    api.awaitState(orderNo, "CHARGING", T);
                }
                AdminApi.sleep(3000); // some energy on every session

                // stop the first half through the API and kill the server while their records are being settled
                List<String> stoppedByApi = orders.subList(0, orders.size() / 2);
                ExecutorService pool = Executors.newFixedThreadPool(16);
                List<Future<AdminApi.Reply>> stops = new ArrayList<>();
                for (String orderNo : stoppedByApi) {
                    stops.add(pool.submit(() -> api.stop(orderNo)));
                }
                awaitTrue(node, () -> confirmedSerials(fleet) >= 5, "first records confirmed");
                long killedAt = System.nanoTime();
                node.kill();
                pool.shutdownNow();
                int confirmedBeforeKill = confirmedSerials(fleet);
                long recordsBeforeKill = fleet.piles().stream().mapToLong(p -> p.transactionRecords().size()).sum();

                // the rest end at the pile while nobody listens
                awaitTrue(node, () -> fleet.piles().stream().allMatch(p -> p.state() != PileState.ONLINE),
                        "piles noticed the dead server");
                for (PileFleet.FleetGun gun : fleet.guns()) {
                    if (gun.snapshot().charging()) {
                        gun.pile().stopLocally(gun.gunNo());
                    }
                }
                awaitTrue(node, () -> fleet.count(GunSnapshot::charging) == 0, "every session ended at its pile");
                System.out.printf("Crash recovery: killed with %d records made, %d confirmed; %d pending at piles%n",
                        recordsBeforeKill, confirmedBeforeKill, fleet.count(GunSnapshot::billPending));

                node.start();
                System.out.printf("Crash recovery: restarted in %d ms (%d ms after the kill)%n",
                        node.lastBootTime().toMillis(), Duration.ofNanos(System.nanoTime() - killedAt).toMillis());
                awaitTrue(node, () -> fleet.count(GunSnapshot::billPending) == 0, Duration.ofMinutes(3),
                        "every pending record confirmed after the restart");
                Duration drained = Duration.ofNanos(System.nanoTime() - killedAt);

                // and once more, each pile's last record, as firmware that lost the 0x40 would
                Map<TransactionSerial, Integer> confirmsBefore = new HashMap<>();
                for (PileFleet.FleetGun gun : fleet.guns()) {
                    TransactionRecord last = gun.pile().lastTransactionRecord(gun.gunNo()).orElseThrow();
                    confirmsBefore.put(last.serial(), gun.pile().confirmations(last.serial()).size());
                    gun.pile().resendLastBill(gun.gunNo());
                }
                for (PileFleet.FleetGun gun : fleet.guns()) {
                    TransactionRecord last = gun.pile().lastTransactionRecord(gun.gunNo()).orElseThrow();
                    gun.pile().awaitConfirmations(last.serial(), confirmsBefore.get(last.serial()) + 1, T);
                }

                BigDecimal payable = BigDecimal.ZERO;
                int debits = 0;
                Map<String, Object> after = api.wallet(DEMO_USER);
                List<Map<String, Object>> ledger = api.ledger(after.get("walletId"));
                Map<String, List<Map<String, Object>>> debitsByOrder = ledger.stream()
                        .filter(e -> "CHARGE_DEBIT".equals(e.get("type")))
                        .collect(Collectors.groupingBy(e -> orderRef(e, gunOf.keySet())));
                for (String orderNo : orders) {
                    PileFleet.FleetGun gun = gunOf.get(orderNo);
                    Map<String, Object> order = api.awaitState(orderNo, "SETTLED", T);
                    TransactionRecord record = gun.pile().transactionRecord(TransactionSerial.of(orderNo))
                            .orElseThrow(() -> new AssertionError("pile has no record for order " + orderNo));
                    BigDecimal expected = DemoTariff.bill(record).payableAmount();
                    assertThat(dec(order, "settlement.payableAmount")).as("payable of " + orderNo)
                            .isEqualByComparingTo(expected);
                    assertThat(dec(order, "energyKwh")).isEqualByComparingTo(record.totalEnergy());
                    List<TransactionRecordConfirm> confirms = gun.pile().confirmations(record.serial());
                    assertThat(confirms).isNotEmpty().allMatch(c -> c.result() == TransactionConfirmResult.ACCEPTED);
                    if (expected.signum() > 0) {
                        assertThat(debitsByOrder.get(orderNo)).as("debits of " + orderNo).hasSize(1);
                        assertThat(dec(debitsByOrder.get(orderNo).get(0), "amount"))
                                .isEqualByComparingTo(expected.negate());
                        debits++;
                    }
                    payable = payable.add(expected);
                }
                assertThat(debitsByOrder.keySet()).as("debits for orders of this test only").isSubsetOf(gunOf.keySet());
                assertThat(balance(after)).isEqualByComparingTo(balance(before).subtract(payable));
                assertThat(dec(after, "frozen")).isEqualByComparingTo(dec(before, "frozen"));
                BigDecimal sum = ledger.stream().map(e -> dec(e, "amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).isEqualByComparingTo(balance(after));
                AdminApi.Reply drifts = api.drifts();
                assertThat(drifts.status()).as(drifts.toString()).isEqualTo(200);
                assertThat(drifts.list()).as(drifts.toString()).isEmpty();
                long sends = fleet.piles().stream().flatMap(p -> p.transactionRecords().stream()
                        .map(r -> p.timesSent(r.serial()))).mapToLong(Integer::longValue).sum();
                System.out.printf("Crash recovery: 100 sessions, %d records sent %d times in all, %d debits, "
                        + "payable %s, all confirmed %d ms after the kill%n", orders.size(), sends, debits, payable,
                        drained.toMillis());
            }
        }
    }

    private static int confirmedSerials(PileFleet fleet) {
        int n = 0;
        for (var pile : fleet.piles()) {
            for (TransactionRecord r : pile.transactionRecords()) {
                if (!pile.confirmations(r.serial()).isEmpty()) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String orderRef(Map<String, Object> entry, java.util.Set<String> orders) {
        return entry.values().stream().map(String::valueOf).filter(orders::contains).findFirst().orElse("?");
    }

    static void awaitTrue(MicroNode node, java.util.function.BooleanSupplier condition, String what) {
        awaitTrue(node, condition, T, what);
    }

    static void awaitTrue(MicroNode node, java.util.function.BooleanSupplier condition, Duration timeout,
            String what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout + ": " + what + "\n" + node.logTail());
            }
            AdminApi.sleep(50);
        }
    }
}
