package io.chargeops.pile.simulator.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.simulator.faults.Invariants.Debit;
import io.chargeops.pile.simulator.faults.Invariants.Delivery;
import io.chargeops.pile.simulator.faults.Invariants.Evidence;
import io.chargeops.pile.simulator.faults.Invariants.OrderRow;
import io.chargeops.pile.simulator.faults.Invariants.OutboxRow;
import io.chargeops.pile.simulator.faults.Invariants.SentRecord;
import io.chargeops.pile.simulator.faults.Invariants.Verdict;
import io.chargeops.pile.simulator.faults.Invariants.WalletRow;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InvariantsTest {

    static final String A = "3201970000000101260301100000" + "0001";
    static final String B = "3201970000000102260301100000" + "0002";
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 10, 0);

    /** Two sessions settled once each, wallets reconciled, pushes delivered once: everything passes. */
    static Builder clean() {
        Builder b = new Builder();
        b.records.add(new SentRecord(A, "32019700000001", 1, dec("1.5000"), 3, 1, 0));
        b.records.add(new SentRecord(B, "32019700000001", 2, dec("2.0000"), 1, 2, 0));
        b.orders.add(new OrderRow(A, "SETTLED", null, dec("1.5000"), dec("1.80")));
        b.orders.add(new OrderRow(B, "SETTLED", null, dec("2.0000"), dec("2.40")));
        b.debits.add(new Debit(A, dec("-1.8000")));
        b.debits.add(new Debit(B, dec("-2.4000")));
        b.wallets.add(new WalletRow(1, dec("495.80"), dec("0"), dec("0"), dec("495.8000"), dec("0"), dec("0"), dec("0")));
        b.outbox.add(new OutboxRow(A, "DELIVERED", 1));
        b.outbox.add(new OutboxRow(B, "DELIVERED", 3));
        b.deliveries.add(new Delivery(A, "{a}"));
        b.deliveries.add(new Delivery(B, "{b}"));
        return b;
    }

    @Test
    void aCleanRunPassesEveryInvariant() {
        List<Verdict> v = Invariants.check(clean().evidence());
        assertThat(v).hasSize(4).allMatch(Verdict::pass);
        assertThat(v.get(0).counts()).containsEntry("records", 2).containsEntry("settled", 2L)
                .containsEntry("sends", 4L).containsEntry("acceptedConfirmations", 3L);
    }

    @Test
    void aRecordWithoutSettlementOrConfirmationFails() {
        Builder b = clean();
        b.orders.set(1, new OrderRow(B, "ABNORMAL", null, dec("2.0000"), null));
        b.debits.remove(1);
        b.records.set(1, new SentRecord(B, "32019700000001", 2, dec("2.0000"), 5, 0, 0));
        Verdict v = Invariants.settledExactlyOnce(b.evidence());
        assertThat(v.pass()).isFalse();
        assertThat(v.problems()).anyMatch(p -> p.contains("ABNORMAL")).anyMatch(p -> p.contains("no accepted 0x40"));
    }

    @Test
    void aSecondDebitOrAMissingOrderFails() {
        Builder b = clean();
        b.debits.add(new Debit(A, dec("-1.8000")));
        b.records.add(new SentRecord("3201970000000201260301100000" + "0003", "32019700000002", 1, dec("1"), 1, 1, 0));
        Verdict v = Invariants.settledExactlyOnce(b.evidence());
        assertThat(v.pass()).isFalse();
        assertThat(v.problems()).anyMatch(p -> p.contains("2 debits")).anyMatch(p -> p.contains("no order"));
    }

    @Test
    void aDebitThatDiffersFromThePaidAmountOrARefusedConfirmationFails() {
        Builder b = clean();
        b.debits.set(0, new Debit(A, dec("-1.7000")));
        b.records.set(1, new SentRecord(B, "32019700000001", 2, dec("2.0000"), 2, 1, 1));
        assertThat(Invariants.settledExactlyOnce(b.evidence()).problems())
                .anyMatch(p -> p.contains("debit -1.7000 but paid 1.80")).anyMatch(p -> p.contains("refused 0x40"));
    }

    @Test
    void theOrderMustCarryThePilesEnergy() {
        Builder b = clean();
        b.orders.set(0, new OrderRow(A, "SETTLED", null, dec("1.4000"), dec("1.80")));
        assertThat(Invariants.settledExactlyOnce(b.evidence()).problems()).singleElement().asString()
                .contains("energy 1.4000");
    }

    @Test
    void walletDriftsAreFoundInBalanceGiftFrozenAndHolds() {
        Builder b = clean();
        b.wallets.add(new WalletRow(2, dec("10"), dec("0"), dec("0"), dec("12"), dec("0"), dec("0"), dec("0")));
        b.wallets.add(new WalletRow(3, dec("10"), dec("0"), dec("5"), dec("10"), dec("0"), dec("5"), dec("4")));
        b.wallets.add(new WalletRow(4, dec("10"), dec("1"), dec("0"), dec("10"), dec("0"), dec("0"), dec("0")));
        Verdict v = Invariants.ledgerEqualsBalance(b.evidence());
        assertThat(v.pass()).isFalse();
        assertThat(v.counts()).containsEntry("problems", 3);
        assertThat(v.problems()).anyMatch(p -> p.startsWith("wallet 2")).anyMatch(p -> p.startsWith("wallet 3"))
                .anyMatch(p -> p.startsWith("wallet 4"));
    }

    @Test
    void scaleDoesNotMatterForMoney() {
        Builder b = clean();
        b.wallets.set(0, new WalletRow(1, dec("495.8"), dec("0.0000"), dec("0"), dec("495.8000"), dec("0"), dec("0.00"), dec("0")));
        assertThat(Invariants.ledgerEqualsBalance(b.evidence()).pass()).isTrue();
    }

    @Test
    void anOrderPastItsDeadlineOrChargingWithoutASessionIsStuck() {
        Builder b = clean();
        b.orders.add(new OrderRow("1".repeat(32), "STOPPING", NOW.minusSeconds(16), null, null));
        b.orders.add(new OrderRow("2".repeat(32), "STARTING", NOW.minusSeconds(5), null, null));
        b.orders.add(new OrderRow("3".repeat(32), "CHARGING", null, null, null));
        b.orders.add(new OrderRow("4".repeat(32), "CHARGING", null, null, null));
        b.active = Set.of("4".repeat(32));
        Verdict v = Invariants.nothingStuck(b.evidence());
        assertThat(v.pass()).isFalse();
        assertThat(v.problems()).hasSize(2).anyMatch(p -> p.startsWith("1111")).anyMatch(p -> p.startsWith("3333"));
        assertThat(v.counts()).containsEntry("nonTerminal", 4L);
    }

    @Test
    void aLostPushIsFound() {
        Builder b = clean();
        b.outbox.remove(1);
        b.deliveries.remove(1);
        Verdict v = Invariants.partnerNotifications(b.evidence());
        assertThat(v.pass()).isFalse();
        assertThat(v.problems()).anyMatch(p -> p.contains("no push in the outbox"))
                .anyMatch(p -> p.contains("never received"));
    }

    @Test
    void aPushStillPendingOrForAnUnsettledOrderFails() {
        Builder b = clean();
        b.outbox.set(1, new OutboxRow(B, "PENDING", 7));
        b.outbox.add(new OutboxRow("9".repeat(32), "DELIVERED", 1));
        b.deliveries.add(new Delivery("9".repeat(32), "{x}"));
        assertThat(Invariants.partnerNotifications(b.evidence()).problems())
                .anyMatch(p -> p.contains("PENDING after 7 attempts"))
                .anyMatch(p -> p.contains("for an order that is not settled"))
                .anyMatch(p -> p.contains("partner received a notification for an order that is not settled"));
    }

    @Test
    void twoDifferentNotificationsForOneOrderAreADuplicateButAnIdenticalRedeliveryIsCounted() {
        Builder b = clean();
        b.deliveries.add(new Delivery(A, "{a}"));
        Verdict redelivered = Invariants.partnerNotifications(b.evidence());
        assertThat(redelivered.pass()).isTrue();
        assertThat(redelivered.counts()).containsEntry("redeliveries", 1L);

        b.deliveries.add(new Delivery(A, "{a, other amount}"));
        assertThat(Invariants.partnerNotifications(b.evidence()).problems()).singleElement().asString()
                .contains("different notifications");
    }

    @Test
    void twoOutboxRowsForOneOrderAreADuplicate() {
        Builder b = clean();
        b.outbox.add(new OutboxRow(A, "DELIVERED", 1));
        assertThat(Invariants.partnerNotifications(b.evidence()).problems()).singleElement().asString()
                .contains("2 pushes in the outbox");
    }

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    static final class Builder {
        final List<SentRecord> records = new ArrayList<>();
        final List<OrderRow> orders = new ArrayList<>();
        final List<Debit> debits = new ArrayList<>();
        final List<WalletRow> wallets = new ArrayList<>();
        final List<OutboxRow> outbox = new ArrayList<>();
        final List<Delivery> deliveries = new ArrayList<>();
        Set<String> active = Set.of();

        Evidence evidence() {
            return new Evidence(records, active, orders, debits, wallets, outbox, deliveries, NOW, Duration.ofSeconds(15));
        }
    }
}
