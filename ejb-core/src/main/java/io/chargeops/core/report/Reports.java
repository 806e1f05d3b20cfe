package io.chargeops.core.report;

import io.chargeops.core.pile.GunState;
import io.chargeops.core.pile.GunView;
import io.chargeops.core.pile.PileRegistry;
import io.chargeops.core.pile.PileStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dashboard figures over settled charging orders, by local day of {@code chargeops.zone}: an order counts on the day
 * it was settled (manual settlements included). Aggregates run in the database, one small query per day, so the cost
 * does not grow with the number of orders a day holds beyond the index on {@code settled_at}.
 */
@Stateless
public class Reports {

    static final int TREND_DAYS = 30;
    private static final String SETTLED = "SETTLED";

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    PileRegistry piles;

    @Inject
    @ConfigProperty(name = "chargeops.zone", defaultValue = "Asia/Shanghai")
    String zone;

    Clock clock = Clock.systemUTC();

    /** The whole visible network when {@code stationId} is null, else that station. */
    public DashboardView dashboard(Long stationId) {
        ZoneId z = ZoneId.of(zone);
        LocalDate today = LocalDate.now(clock.withZone(z));
        List<DayFigures> trend = trend(TrendRange.LAST_30_DAYS, stationId);
        DayFigures todays = trend.get(trend.size() - 1);
        DayFigures yesterdays = trend.get(trend.size() - 2);
        return new DashboardView(stationId, todays, yesterdays, gunsByState(stationId),
                trend, touSplit(today.minusDays(TREND_DAYS - 1), today.plusDays(1), stationId, z), clock.instant());
    }

    /**
     * The trend over {@code range}, oldest first: one point a day (the first of a month for {@link
     * TrendRange#LAST_12_MONTHS}, whose last point is the month so far).
     */
    public List<DayFigures> trend(TrendRange range, Long stationId) {
        ZoneId z = ZoneId.of(zone);
        LocalDate today = LocalDate.now(clock.withZone(z));
        List<DayFigures> points = new ArrayList<>();
        switch (range) {
            case LAST_30_DAYS -> {
                for (int back = TREND_DAYS - 1; back >= 0; back--) {
                    points.add(day(today.minusDays(back), stationId, z));
                }
            }
            case LAST_MONTH -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                for (LocalDate d = first; d.isBefore(first.plusMonths(1)); d = d.plusDays(1)) {
                    points.add(day(d, stationId, z));
                }
            }
            case LAST_12_MONTHS -> {
                LocalDate thisMonth = today.withDayOfMonth(1);
                for (int back = 11; back >= 0; back--) {
                    LocalDate first = thisMonth.minusMonths(back);
                    points.add(period(first, first.plusMonths(1), stationId, z));
                }
            }
        }
        return points;
    }

    /** The settled orders of one local day. */
    public DayFigures day(LocalDate day, Long stationId, ZoneId z) {
        return period(day, day.plusDays(1), stationId, z);
    }

    /** The settled orders of the local days [{@code from}, {@code to}), reported under {@code from}. */
    private DayFigures period(LocalDate from, LocalDate to, Long stationId, ZoneId z) {
        TypedQuery<Object[]> q = em.createQuery("SELECT COUNT(o), SUM(o.energyKwh), SUM(o.totalAmount), "
                + "SUM(o.electricityAmount), SUM(o.serviceAmount) FROM OrderFact o WHERE o.state = :settled "
                + "AND o.settledAt >= :from AND o.settledAt < :to" + (stationId != null ? " AND o.stationId = :station" : ""),
                Object[].class);
        q.setParameter("settled", SETTLED)
                .setParameter("from", from.atStartOfDay(z).toInstant())
                .setParameter("to", to.atStartOfDay(z).toInstant());
        if (stationId != null) {
            q.setParameter("station", stationId);
        }
        return DayFigures.of(from, q.getSingleResult());
    }

    private List<DashboardView.EnergyShare> touSplit(LocalDate from, LocalDate to, Long stationId, ZoneId z) {
        TypedQuery<Object[]> q = em.createQuery("SELECT l.rateType, SUM(l.energyKwh) FROM OrderLineFact l, OrderFact o "
                + "WHERE l.orderId = o.id AND o.state = :settled AND o.settledAt >= :from AND o.settledAt < :to"
                + (stationId != null ? " AND o.stationId = :station" : "") + " GROUP BY l.rateType", Object[].class);
        q.setParameter("settled", SETTLED)
                .setParameter("from", from.atStartOfDay(z).toInstant())
                .setParameter("to", to.atStartOfDay(z).toInstant());
        if (stationId != null) {
            q.setParameter("station", stationId);
        }
        Map<String, BigDecimal> byType = new LinkedHashMap<>();
        for (String type : new String[] {"SHARP", "PEAK", "FLAT", "VALLEY"}) {
            byType.put(type, BigDecimal.ZERO);
        }
        for (Object[] row : q.getResultList()) {
            byType.put((String) row[0], row[1] == null ? BigDecimal.ZERO : new BigDecimal(row[1].toString()));
        }
        BigDecimal all = byType.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return byType.entrySet().stream().map(e -> new DashboardView.EnergyShare(e.getKey(), e.getValue(),
                all.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                        : e.getValue().multiply(BigDecimal.valueOf(100)).divide(all, 1, RoundingMode.HALF_UP))).toList();
    }

    private Map<GunState, Long> gunsByState(Long stationId) {
        Map<GunState, Long> counts = new EnumMap<>(GunState.class);
        for (GunState s : GunState.values()) {
            counts.put(s, 0L);
        }
        piles.list(stationId, PileStatus.ACTIVE).stream().flatMap(p -> p.guns().stream()).map(GunView::state)
                .forEach(s -> counts.merge(s, 1L, Long::sum));
        return counts;
    }
}
