package io.chargeops.pile.simulator.faults;

import io.chargeops.pile.simulator.faults.Invariants.Debit;
import io.chargeops.pile.simulator.faults.Invariants.OrderRow;
import io.chargeops.pile.simulator.faults.Invariants.OutboxRow;
import io.chargeops.pile.simulator.faults.Invariants.WalletRow;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows the invariants need straight from the node's database over JDBC (the H2 TCP server the campaign runs
 * the node against; the driver comes from the classpath, the one bundled in the node's WAR). Only the campaign's own
 * piles' orders are read (pile codes starting with the fleet's prefix); wallets are all of them.
 */
final class DatabaseReader implements AutoCloseable {

    private final Connection connection;

    DatabaseReader(String url, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
        this.connection.setReadOnly(true);
    }

    List<OrderRow> orders(String pilePrefix) throws SQLException {
        List<OrderRow> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT transaction_serial, state, deadline_at,"
                + " energy_kwh, paid_amount FROM charging_order WHERE pile_code LIKE ?")) {
            s.setString(1, pilePrefix + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp deadline = r.getTimestamp(3);
                    rows.add(new OrderRow(r.getString(1).trim(), r.getString(2),
                            deadline == null ? null : deadline.toLocalDateTime(), r.getBigDecimal(4),
                            r.getBigDecimal(5)));
                }
            }
        }
        return rows;
    }

    List<Debit> debits() throws SQLException {
        List<Debit> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT ref_id, amount FROM wallet_ledger_entry WHERE entry_type = 'CHARGE_DEBIT'");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new Debit(r.getString(1), r.getBigDecimal(2)));
            }
        }
        return rows;
    }

    List<WalletRow> wallets() throws SQLException {
        List<WalletRow> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT w.id, w.balance, w.gift_balance, w.frozen,"
                + " (SELECT SUM(e.amount) FROM wallet_ledger_entry e WHERE e.wallet_id = w.id),"
                + " (SELECT SUM(e.gift_amount) FROM wallet_ledger_entry e WHERE e.wallet_id = w.id),"
                + " (SELECT SUM(e.frozen_amount) FROM wallet_ledger_entry e WHERE e.wallet_id = w.id),"
                + " (SELECT SUM(h.amount) FROM wallet_hold h WHERE h.wallet_id = w.id)"
                + " FROM wallet w ORDER BY w.id");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new WalletRow(r.getLong(1), r.getBigDecimal(2), r.getBigDecimal(3), r.getBigDecimal(4),
                        nz(r.getBigDecimal(5)), nz(r.getBigDecimal(6)), nz(r.getBigDecimal(7)),
                        nz(r.getBigDecimal(8))));
            }
        }
        return rows;
    }

    List<OutboxRow> orderPushes(String operatorId) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT p.business_key, p.status, p.attempts"
                + " FROM interconnect_push p JOIN interconnect_partner r ON r.id = p.partner_id"
                + " WHERE r.operator_id = ? AND p.interface_name = 'notification_charge_order_info'")) {
            s.setString(1, operatorId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new OutboxRow(r.getString(1), r.getString(2), r.getInt(3)));
                }
            }
        }
        return rows;
    }

    /** Pushes of the partner not yet delivered or given up (the settling phase waits for none). */
    long pendingPushes(String operatorId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM interconnect_push p"
                + " JOIN interconnect_partner r ON r.id = p.partner_id WHERE r.operator_id = ? AND p.status = 'PENDING'")) {
            s.setString(1, operatorId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Orders of the fleet that still hold a gun. */
    long nonTerminalOrders(String pilePrefix) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM charging_order"
                + " WHERE pile_code LIKE ? AND state IN ('STARTING', 'CHARGING', 'STOPPING')")) {
            s.setString(1, pilePrefix + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** How often each kind of event is on the trails of the fleet's orders (STOP_NOT_SENT, ABNORMAL, ...). */
    java.util.Map<String, Long> orderEvents(String pilePrefix) throws SQLException {
        java.util.Map<String, Long> m = new java.util.TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT e.kind, COUNT(*) FROM charging_order_event e"
                + " JOIN charging_order o ON o.id = e.order_id WHERE o.pile_code LIKE ? GROUP BY e.kind")) {
            s.setString(1, pilePrefix + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    m.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return m;
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
