package io.chargeops.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.core.identity.AppUsers;
import io.chargeops.core.pile.GunState;
import io.chargeops.core.pile.LivePiles;
import io.chargeops.core.pile.PileRegistry;
import io.chargeops.core.pile.PileStatus;
import io.chargeops.core.pile.PileView;
import io.chargeops.core.persistence.TestDatabase;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dashboard figures and the order search over real migrated tables: orders are written as the charging context
 * writes its rows, then read back through the report mappings. "Now" is 2026-03-10 10:00 in Shanghai (02:00 UTC).
 */
class ReportsTest {

    static TestDatabase db;
    static EntityManager em;
    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    static long ids = 5000;

    @BeforeAll
    static void orders() throws SQLException {
        db = TestDatabase.withDemoData();
        em = db.emf.createEntityManager();
        // today (Shanghai): two settled at station 1, one at station 2; one settled 00:30 Shanghai = yesterday 16:30 UTC
        order("SETTLED", 1L, "32010600000001", "2026-03-10T01:00:00Z", "10.0000", "12.0000", "4.0000", "PEAK:6,FLAT:4");
        order("SETTLED", 1L, "32010600000001", "2026-03-09T16:30:00Z", "5.5000", "6.0000", "2.0000", "VALLEY:5.5");
        order("SETTLED", 2L, "32010600000002", "2026-03-10T01:30:00Z", "2.0000", "3.0000", "1.0000", "PEAK:2");
        // yesterday (Shanghai): 23:59 on the 9th = 15:59 UTC
        order("SETTLED", 1L, "32010600000001", "2026-03-09T15:59:00Z", "8.0000", "10.0000", "3.0000", "FLAT:8");
        // in progress and abnormal ones do not count
        order("CHARGING", 1L, "32010600000001", null, "3.0000", null, null, "");
        order("ABNORMAL", 1L, "32010600000001", null, "1.0000", null, null, "");
    }

    @AfterAll
    static void close() {
        em.close();
        db.close();
    }

    static Reports reports() {
        Reports r = new Reports();
        r.em = em;
        r.zone = "Asia/Shanghai";
        r.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        r.piles = new PileRegistry() {
            @Override
            public List<PileView> list(Long stationId, PileStatus status) {
                return List.of();
            }
        };
        return r;
    }

    @Test
    void todayAndYesterdayAreLocalDaysOfSettlement() {
        DashboardView all = reports().dashboard(null);

        assertThat(all.today().orders()).isEqualTo(3);
        assertThat(all.today().energyKwh()).isEqualByComparingTo("17.5");
        assertThat(all.today().totalAmount()).isEqualByComparingTo("21");
        assertThat(all.today().serviceAmount()).isEqualByComparingTo("7");
        assertThat(all.yesterday().orders()).isEqualTo(1);
        assertThat(all.yesterday().energyKwh()).isEqualByComparingTo("8");
        assertThat(all.ordersChange()).isEqualByComparingTo("200.0");
        assertThat(all.energyChange()).isEqualByComparingTo("118.8");
        assertThat(all.trend()).hasSize(30);
        assertThat(all.trend().get(29)).isEqualTo(all.today());
        assertThat(all.touSplit()).extracting(DashboardView.EnergyShare::rateType)
                .containsExactly("SHARP", "PEAK", "FLAT", "VALLEY");
        assertThat(all.touSplit().get(1).energyKwh()).isEqualByComparingTo("8");
        assertThat(all.touSplit().get(2).energyKwh()).isEqualByComparingTo("12");
        assertThat(all.touSplit().get(3).percent()).isEqualByComparingTo("21.6"); // 5.5 of 25.5
    }

    @Test
    void trendRangesByDayForLastMonthAndByMonthForAYear() throws SQLException {
        long first = ids;
        order("SETTLED", 1L, "32010600000001", "2026-02-10T04:00:00Z", "4.0000", "5.0000", "1.0000", "FLAT:4");
        order("SETTLED", 2L, "32010600000002", "2025-04-15T04:00:00Z", "7.0000", "9.0000", "2.0000", "FLAT:7");
        // March 2025 is the 13th month back: outside
        order("SETTLED", 1L, "32010600000001", "2025-03-20T04:00:00Z", "100.0000", "100.0000", "1.0000", "FLAT:100");
        try {
            List<DayFigures> lastMonth = reports().trend(TrendRange.LAST_MONTH, null);
            assertThat(lastMonth).hasSize(28);
            assertThat(lastMonth.get(0).day()).isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(lastMonth.get(9).orders()).isEqualTo(1);
            assertThat(lastMonth.stream().mapToLong(DayFigures::orders).sum()).isEqualTo(1);

            List<DayFigures> months = reports().trend(TrendRange.LAST_12_MONTHS, null);
            assertThat(months).hasSize(12);
            assertThat(months.get(0).day()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(months.get(11).day()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(months.get(0).energyKwh()).isEqualByComparingTo("7");
            assertThat(months.get(10).totalAmount()).isEqualByComparingTo("5");
            assertThat(months.get(11).orders()).as("March so far: the four settled orders of the fixture").isEqualTo(4);
            assertThat(months.stream().mapToLong(DayFigures::orders).sum()).isEqualTo(6);
            assertThat(reports().trend(TrendRange.LAST_12_MONTHS, 2L).get(0).orders()).isEqualTo(1);
        } finally {
            try (Connection c = db.dataSource.getConnection(); PreparedStatement l = c.prepareStatement(
                    "DELETE FROM charging_order_line WHERE order_id >= ?"); PreparedStatement o = c.prepareStatement(
                    "DELETE FROM charging_order WHERE id >= ?")) {
                l.setLong(1, first);
                l.executeUpdate();
                o.setLong(1, first);
                o.executeUpdate();
            }
        }
    }

    @Test
    void oneStation() {
        DashboardView one = reports().dashboard(2L);
        assertThat(one.today().orders()).isEqualTo(1);
        assertThat(one.today().totalAmount()).isEqualByComparingTo("3");
        assertThat(one.yesterday().orders()).isZero();
        assertThat(one.ordersChange()).as("nothing to compare with").isNull();
    }

    @Test
    void searchFiltersSortsAndPages() {
        OrderSearch search = search();
        OrderPage all = search.page(OrderQuery.all(), 0, 4, "energyKwh", false);
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.rows()).hasSize(4).extracting(OrderRow::energyKwh)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("10"), new BigDecimal("8"), new BigDecimal("5.5"), new BigDecimal("3"));
        assertThat(all.rows().get(0).userPhone()).isEqualTo("13800000000");

        assertThat(search.count(OrderQuery.all())).as("the count a page reports").isEqualTo(all.total());
        OrderPage abnormal = search.page(new OrderQuery(null, null, null, null, "ABNORMAL", null, null), 0, 10, null, true);
        assertThat(abnormal.rows()).singleElement().extracting(OrderRow::state).isEqualTo("ABNORMAL");

        OrderPage pile2 = search.page(new OrderQuery(null, null, "320106000000", 2L, null, null, null), 0, 10, "orderNo", true);
        assertThat(pile2.total()).isEqualTo(1);

        OrderPage unknownPhone = search.page(new OrderQuery(null, "13000000000", null, null, null, null, null), 0, 10, null, true);
        assertThat(unknownPhone.total()).isZero();

        OrderPage created = search.page(new OrderQuery(null, "13800000000", null, null, null,
                Instant.parse("2026-03-09T16:00:00Z"), Instant.parse("2026-03-10T02:00:00Z")), 0, 10, null, true);
        assertThat(created.total()).isEqualTo(4);

        try (Connection c = db.dataSource.getConnection(); PreparedStatement u = c.prepareStatement(
                "UPDATE charging_order SET vin = 'LSVAU2180N2183294' WHERE id = (SELECT MIN(id) FROM charging_order)")) {
            u.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(search.page(new OrderQuery(null, null, null, null, null, null, null, "lsvau2180n2183294", null), 0, 10, null, true)
                .total()).as("by VIN, any case").isEqualTo(1);
        assertThat(search.page(new OrderQuery(null, null, null, null, null, null, null, null, "苏A12345"), 0, 10, null, true)
                .total()).as("by the plate of a registered vehicle").isEqualTo(1);
        assertThat(search.page(new OrderQuery(null, null, null, null, null, null, null, null, "京B00000"), 0, 10, null, true)
                .total()).as("a plate nobody registered").isZero();

        List<OrderRow> firstChunk = search.chunk(OrderQuery.all(), 0, 4);
        List<OrderRow> rest = search.chunk(OrderQuery.all(), firstChunk.get(3).id(), 4);
        assertThat(firstChunk).hasSize(4);
        assertThat(rest).hasSize(2);
    }

    static OrderSearch search() {
        OrderSearch s = new OrderSearch();
        s.em = em;
        s.users = new AppUsers() {
            @Override
            public Optional<Long> activeUserId(String phone) {
                return "13800000000".equals(phone) ? Optional.of(1L) : Optional.empty();
            }

            @Override
            public Optional<String> phoneOf(Long userId) {
                return Optional.of("13800000000");
            }
        };
        s.garage = new io.chargeops.core.account.Garage() {
            @Override
            public List<String> vinsOfPlate(String plateNo) {
                return "苏A12345".equals(plateNo) ? List.of("LSVAU2180N2183294") : List.of();
            }
        };
        return s;
    }

    /** An order as the charging context leaves it; created one hour before it settled (or before now). */
    @Test
    void liveBoardFingerprintChangesWithPilesGunsAndSessionFigures() throws SQLException {
        LiveBoard board = new LiveBoard();
        board.em = em;
        board.live = new LivePiles();
        int before = board.fingerprint();
        assertThat(board.fingerprint()).as("nothing changed").isEqualTo(before);

        board.live.online("32010600000001", "connection-1", Map.of(1, GunState.IDLE), NOW);
        int online = board.fingerprint();
        assertThat(online).as("a pile came online").isNotEqualTo(before);
        board.live.changeGun("32010600000001", 1, s -> GunState.CHARGING, NOW);
        int charging = board.fingerprint();
        assertThat(charging).as("a gun changed state").isNotEqualTo(online);

        try (Connection c = db.dataSource.getConnection();
             PreparedStatement live = c.prepareStatement("UPDATE charging_order SET live_at = ? WHERE state = 'CHARGING'")) {
            live.setTimestamp(1, utc(NOW.plusSeconds(15)));
            assertThat(live.executeUpdate()).isEqualTo(1);
        }
        assertThat(board.fingerprint()).as("the session's real-time figures").isNotEqualTo(charging);
    }

    static void order(String state, Long stationId, String pile, String settledAt, String energy, String total,
            String service, String lines) throws SQLException {
        long id = ids++;
        String serial = pile + "01" + String.format("%016d", id);
        Instant settled = settledAt == null ? null : Instant.parse(settledAt);
        Instant created = (settled == null ? NOW : settled).minusSeconds(3600);
        try (Connection c = db.dataSource.getConnection(); PreparedStatement o = c.prepareStatement(
                "INSERT INTO charging_order (id, merchant_id, station_id, transaction_serial, pile_code, gun_no, gun_code, "
                        + "user_id, start_channel, state, created_at, settled_at, energy_kwh, total_amount, service_amount, "
                        + "electricity_amount, updated_at) VALUES (?, 1, ?, ?, ?, 1, ?, 1, 'APP', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            o.setLong(1, id);
            o.setLong(2, stationId);
            o.setString(3, serial);
            o.setString(4, pile);
            o.setString(5, pile + "01");
            o.setString(6, state);
            o.setTimestamp(7, utc(created));
            o.setTimestamp(8, settled == null ? null : utc(settled));
            o.setBigDecimal(9, new BigDecimal(energy));
            o.setBigDecimal(10, total == null ? null : new BigDecimal(total));
            o.setBigDecimal(11, service == null ? null : new BigDecimal(service));
            o.setBigDecimal(12, total == null ? null : new BigDecimal(total).subtract(new BigDecimal(service)));
            o.setTimestamp(13, utc(created));
            o.executeUpdate();
            for (String line : lines.split(",")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(":");
                try (PreparedStatement l = c.prepareStatement("INSERT INTO charging_order_line (id, order_id, merchant_id, "
                        + "rate_type, energy_kwh, electricity_price, service_price, electricity_amount, service_amount) "
                        + "VALUES (?, ?, 1, ?, ?, 1, 1, 0, 0)")) {
                    l.setLong(1, ids++);
                    l.setLong(2, id);
                    l.setString(3, parts[0]);
                    l.setBigDecimal(4, new BigDecimal(parts[1]));
                    l.executeUpdate();
                }
            }
        }
    }

    /** The converter stores an Instant as its UTC wall-clock value. */
    static Timestamp utc(Instant at) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}
