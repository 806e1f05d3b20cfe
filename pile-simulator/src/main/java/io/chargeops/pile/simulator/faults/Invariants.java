package io.chargeops.pile.simulator.faults;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The four invariants a fault scenario must leave intact, checked from what the simulator recorded (every 0x3B it
 * made and the 0x40s it got back), what the fake partner received, and what the database holds once the node has
 * settled. Pure logic over plain rows, so it is unit-tested without a node ({@code InvariantsTest}).
 */
public final class Invariants {

    /** Order states that still hold the gun (and the prepay). */
    static final Set<String> NON_TERMINAL = Set.of("STARTING", "CHARGING", "STOPPING");

    /** A transaction record (0x3B) the simulator produced, with what happened to it on the wire. */
    public record SentRecord(String serial, String pileCode, int gunNo, BigDecimal energyKwh, int timesSent,
            int acceptedConfirmations, int refusedConfirmations) {
    }

    /** One charging_order row. */
    public record OrderRow(String serial, String state, LocalDateTime deadlineAt, BigDecimal energyKwh,
            BigDecimal paidAmount) {
    }

    /** A wallet with the sums of its ledger and holds. */
    public record WalletRow(long walletId, BigDecimal balance, BigDecimal gift, BigDecimal frozen,
            BigDecimal ledgerBalance, BigDecimal ledgerGift, BigDecimal ledgerFrozen, BigDecimal held) {
    }

    /** A CHARGE_DEBIT ledger entry: the order it pays (ref_id) and its amount (negative). */
    public record Debit(String serial, BigDecimal amount) {
    }

    /** One notification_charge_order_info row of the outbox. */
    public record OutboxRow(String businessKey, String status, int attempts) {
    }

    /** One notification_charge_order_info the fake partner received: StartChargeSeq and the decrypted Data. */
    public record Delivery(String startChargeSeq, String data) {
    }

    /** Everything the checks read. {@code checkedAt} is UTC, like the database's instants. */
    public record Evidence(List<SentRecord> records, Set<String> activeAtPiles, List<OrderRow> orders,
            List<Debit> debits, List<WalletRow> wallets, List<OutboxRow> outbox, List<Delivery> deliveries,
            LocalDateTime checkedAt, Duration deadlineGrace) {
    }

    /** The outcome of one invariant: pass or fail, a few counts, and the first problems found. */
    public record Verdict(String invariant, boolean pass, Map<String, Object> counts, List<String> problems) {
    }

    private static final int MAX_PROBLEMS = 10;

    private Invariants() {
    }

    public static List<Verdict> check(Evidence e) {
        return List.of(settledExactlyOnce(e), ledgerEqualsBalance(e), nothingStuck(e), partnerNotifications(e));
    }

    /**
     * Every 0x3B the simulator made is settled exactly once: one SETTLED order per serial at the pile's energy, at
     * most one debit (exactly one when something was paid, equal to the paid amount), at least one accepted 0x40 and
     * no refused one.
     */
    static Verdict settledExactlyOnce(Evidence e) {
        Map<String, OrderRow> orders = new HashMap<>();
        for (OrderRow o : e.orders()) {
            orders.put(o.serial(), o);
        }
        Map<String, List<Debit>> debits = new HashMap<>();
        for (Debit d : e.debits()) {
            debits.computeIfAbsent(d.serial(), k -> new ArrayList<>()).add(d);
        }
        Problems p = new Problems();
        Set<String> seen = new HashSet<>();
        long sends = 0;
        long confirmations = 0;
        for (SentRecord r : e.records()) {
            sends += r.timesSent();
            confirmations += r.acceptedConfirmations();
            if (!seen.add(r.serial())) {
                p.add("serial " + r.serial() + " made twice by the simulator");
                continue;
            }
            OrderRow o = orders.get(r.serial());
            if (o == null) {
                p.add(r.serial() + " (pile " + r.pileCode() + "): no order");
                continue;
            }
            if (!"SETTLED".equals(o.state())) {
                p.add(r.serial() + ": order " + o.state() + ", not SETTLED");
            }
            if (o.energyKwh() == null || r.energyKwh().compareTo(o.energyKwh()) != 0) {
                p.add(r.serial() + ": order energy " + o.energyKwh() + " kWh, record " + r.energyKwh());
            }
            List<Debit> ds = debits.getOrDefault(r.serial(), List.of());
            BigDecimal paid = o.paidAmount() == null ? BigDecimal.ZERO : o.paidAmount();
            if (ds.size() > 1) {
                p.add(r.serial() + ": " + ds.size() + " debits");
            } else if (paid.signum() > 0 && ds.isEmpty()) {
                p.add(r.serial() + ": paid " + paid + " without a debit");
            } else if (ds.size() == 1 && ds.get(0).amount().negate().compareTo(paid) != 0) {
                p.add(r.serial() + ": debit " + ds.get(0).amount() + " but paid " + paid);
            }
            if (r.acceptedConfirmations() < 1) {
                p.add(r.serial() + ": no accepted 0x40 (sent " + r.timesSent() + " times)");
            }
            if (r.refusedConfirmations() > 0) {
                p.add(r.serial() + ": " + r.refusedConfirmations() + " refused 0x40");
            }
        }
        long settled = e.records().stream().map(r -> orders.get(r.serial()))
                .filter(o -> o != null && "SETTLED".equals(o.state())).count();
        return p.verdict("every transaction record settled exactly once", counts("records", e.records().size(),
                "settled", settled, "sends", sends, "acceptedConfirmations", confirmations));
    }

    /** For every wallet: balance, gift and frozen equal the sums of its ledger, and frozen equals its holds. */
    static Verdict ledgerEqualsBalance(Evidence e) {
        Problems p = new Problems();
        for (WalletRow w : e.wallets()) {
            if (differ(w.balance(), w.ledgerBalance()) || differ(w.gift(), w.ledgerGift())
                    || differ(w.frozen(), w.ledgerFrozen()) || differ(w.frozen(), w.held())) {
                p.add("wallet " + w.walletId() + ": balance " + w.balance() + " ledger " + w.ledgerBalance()
                        + ", gift " + w.gift() + " ledger " + w.ledgerGift() + ", frozen " + w.frozen() + " ledger "
                        + w.ledgerFrozen() + " holds " + w.held());
            }
            if (w.frozen() != null && w.frozen().signum() < 0) {
                p.add("wallet " + w.walletId() + ": frozen " + w.frozen() + " below zero");
            }
        }
        BigDecimal frozen = e.wallets().stream().map(WalletRow::frozen).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return p.verdict("sum of ledger = balance (and frozen = holds) for every wallet",
                counts("wallets", e.wallets().size(), "frozenTotal", frozen));
    }

    /**
     * No order still holds its gun past its deadline (plus the sweep's grace), and none is CHARGING while its pile
     * has no session with that serial any more.
     */
    static Verdict nothingStuck(Evidence e) {
        Problems p = new Problems();
        LocalDateTime limit = e.checkedAt().minus(e.deadlineGrace());
        long nonTerminal = 0;
        long abnormal = 0;
        for (OrderRow o : e.orders()) {
            if ("ABNORMAL".equals(o.state())) {
                abnormal++;
            }
            if (!NON_TERMINAL.contains(o.state())) {
                continue;
            }
            nonTerminal++;
            if (o.deadlineAt() != null && o.deadlineAt().isBefore(limit)) {
                p.add(o.serial() + ": " + o.state() + " past its deadline " + o.deadlineAt());
            } else if (o.deadlineAt() == null && !e.activeAtPiles().contains(o.serial())) {
                p.add(o.serial() + ": " + o.state() + " without a deadline and no session at its pile");
            }
        }
        return p.verdict("no order stuck in a non-terminal state past its timeout",
                counts("orders", e.orders().size(), "nonTerminal", nonTerminal, "abnormal", abnormal,
                        "activeAtPiles", e.activeAtPiles().size()));
    }

    /**
     * Every settled order has exactly one notification_charge_order_info in the outbox, delivered, and the partner
     * received it; no outbox row without a settled order; every copy the partner got of one order carries the same
     * Data. A copy received twice with the same Data (the acknowledgement lost in a crash, so the push went again:
     * at-least-once delivery, the partner keys on StartChargeSeq) is counted as a redelivery, not a failure.
     */
    static Verdict partnerNotifications(Evidence e) {
        Problems p = new Problems();
        Set<String> settled = new HashSet<>();
        for (OrderRow o : e.orders()) {
            if ("SETTLED".equals(o.state())) {
                settled.add(o.serial());
            }
        }
        Map<String, Integer> rows = new HashMap<>();
        long delivered = 0;
        for (OutboxRow r : e.outbox()) {
            rows.merge(r.businessKey(), 1, Integer::sum);
            if ("DELIVERED".equals(r.status())) {
                delivered++;
            } else {
                p.add("push " + r.businessKey() + " " + r.status() + " after " + r.attempts() + " attempts");
            }
            if (!settled.contains(r.businessKey())) {
                p.add("push " + r.businessKey() + " for an order that is not settled");
            }
        }
        Map<String, List<String>> received = new LinkedHashMap<>();
        for (Delivery d : e.deliveries()) {
            received.computeIfAbsent(d.startChargeSeq(), k -> new ArrayList<>()).add(d.data());
        }
        long redeliveries = 0;
        for (String serial : settled) {
            Integer n = rows.get(serial);
            if (n == null) {
                p.add(serial + ": settled, no push in the outbox (lost)");
            } else if (n > 1) {
                p.add(serial + ": " + n + " pushes in the outbox (duplicated)");
            }
            List<String> copies = received.get(serial);
            if (copies == null) {
                p.add(serial + ": never received by the partner (lost)");
            } else {
                redeliveries += copies.size() - 1;
                if (new HashSet<>(copies).size() > 1) {
                    p.add(serial + ": partner received " + copies.size() + " different notifications (duplicated)");
                }
            }
        }
        for (String serial : received.keySet()) {
            if (!settled.contains(serial)) {
                p.add(serial + ": partner received a notification for an order that is not settled");
            }
        }
        return p.verdict("no partner notification lost or duplicated", counts("settledOrders", settled.size(),
                "outboxRows", e.outbox().size(), "delivered", delivered, "received", e.deliveries().size(),
                "redeliveries", redeliveries));
    }

    private static boolean differ(BigDecimal a, BigDecimal b) {
        BigDecimal x = a == null ? BigDecimal.ZERO : a;
        BigDecimal y = b == null ? BigDecimal.ZERO : b;
        return x.compareTo(y) != 0;
    }

    private static Map<String, Object> counts(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static final class Problems {
        private final List<String> first = new ArrayList<>();
        private int count;

        void add(String problem) {
            count++;
            if (first.size() < MAX_PROBLEMS) {
                first.add(problem);
            }
        }

        Verdict verdict(String invariant, Map<String, Object> counts) {
            counts.put("problems", count);
            return new Verdict(invariant, count == 0, counts, List.copyOf(first));
        }
    }
}
