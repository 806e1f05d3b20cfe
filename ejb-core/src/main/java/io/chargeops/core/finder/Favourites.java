package io.chargeops.core.finder;

import io.chargeops.core.charging.ChargingOrderView;
import io.chargeops.core.charging.ChargingService;
import io.chargeops.core.charging.OrderState;
import io.chargeops.core.finder.FinderViews.StationSummary;
import io.chargeops.core.station.CoordinateSystem;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A user's favourite stations and the stations they charge at most. */
@Stateless
public class Favourites {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    StationFinder finder;

    @EJB
    ChargingService charging;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<StationSummary> favourites(Long userId, CoordinateSystem system) {
        List<Long> ids = em.createQuery("SELECT f.stationId FROM FavouriteStation f WHERE f.userId = :u ORDER BY f.id DESC",
                Long.class).setParameter("u", userId).getResultList();
        return finder.summaries(ids, system);
    }

    /** Marks a station as favourite; idempotent. 404 {@code unknown-station} unless it is operating. */
    public void add(Long userId, Long stationId) {
        finder.detail(stationId, CoordinateSystem.GCJ02);
        boolean present = !em.createQuery("SELECT f.id FROM FavouriteStation f WHERE f.userId = :u AND f.stationId = :s",
                Long.class).setParameter("u", userId).setParameter("s", stationId).getResultList().isEmpty();
        if (!present) {
            em.persist(new FavouriteStation(userId, stationId, Instant.now()));
        }
    }

    /** Idempotent. */
    public void remove(Long userId, Long stationId) {
        em.createQuery("DELETE FROM FavouriteStation f WHERE f.userId = :u AND f.stationId = :s")
                .setParameter("u", userId).setParameter("s", stationId).executeUpdate();
    }

    /** Stations of the user's settled orders, most charges first (常用电站), at most {@code limit}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<StationSummary> frequent(Long userId, CoordinateSystem system, int limit) {
        Map<Long, Long> counts = charging.listForUser(userId, OrderState.SETTLED, 500).stream()
                .map(ChargingOrderView::stationId).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        List<Long> ids = counts.entrySet().stream().sorted(Map.Entry.<Long, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(limit).map(Map.Entry::getKey).toList();
        return finder.summaries(ids, system);
    }

    /** Account deletion. */
    public void forget(Long userId) {
        em.createQuery("DELETE FROM FavouriteStation f WHERE f.userId = :u").setParameter("u", userId).executeUpdate();
    }
}
