package io.chargeops.core.report;

import io.chargeops.core.account.Garage;
import io.chargeops.core.identity.AppUsers;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The charging-order list (充电订单) with its filters, one page at a time in any sortable column, and the same rows in
 * id order chunk by chunk for a streamed export. The user phone filter is resolved to the user first (an unknown
 * phone matches nothing).
 */
@Stateless
public class OrderSearch {

    /** Columns a list may be sorted by; anything else sorts by creation time. */
    static final Set<String> SORTABLE = Set.of("orderNo", "state", "pileCode", "createdAt", "startedAt", "settledAt",
            "energyKwh", "totalAmount", "payableAmount", "serviceAmount");

    /** The most rows one call returns. */
    public static final int MAX_PAGE = 1000;

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    AppUsers users;

    @EJB
    Garage garage;

    public OrderPage page(OrderQuery query, int first, int size, String sortField, boolean ascending) {
        Optional<Filter> filter = filter(query);
        if (filter.isEmpty()) {
            return new OrderPage(List.of(), 0);
        }
        Filter f = filter.get();
        long total = count(f);
        String sort = sortField != null && SORTABLE.contains(sortField) ? sortField : "createdAt";
        TypedQuery<OrderFact> rows = em.createQuery("SELECT o FROM OrderFact o" + f.where + " ORDER BY o." + sort
                + (ascending ? " ASC" : " DESC") + ", o.id" + (ascending ? " ASC" : " DESC"), OrderFact.class);
        f.params.forEach(rows::setParameter);
        rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)));
        return new OrderPage(rows(rows.getResultList()), total);
    }

    /** How many orders match (the list's total, the export's expected rows), without reading any. */
    public long count(OrderQuery query) {
        return filter(query).map(this::count).orElse(0L);
    }

    private long count(Filter f) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM OrderFact o" + f.where, Long.class);
        f.params.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** Up to {@code size} matching orders with an id above {@code afterId}, by id: the export's next chunk. */
    public List<OrderRow> chunk(OrderQuery query, long afterId, int size) {
        Optional<Filter> filter = filter(query);
        if (filter.isEmpty()) {
            return List.of();
        }
        Filter f = filter.get();
        TypedQuery<OrderFact> rows = em.createQuery("SELECT o FROM OrderFact o" + f.where
                + (f.where.isEmpty() ? " WHERE" : " AND") + " o.id > :after ORDER BY o.id", OrderFact.class);
        f.params.forEach(rows::setParameter);
        rows.setParameter("after", afterId).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE)));
        return rows(rows.getResultList());
    }

    private List<OrderRow> rows(List<OrderFact> facts) {
        Map<Long, String> phones = new HashMap<>();
        return facts.stream().map(o -> new OrderRow(o.getId(), o.getOrderNo(), o.getState(), o.getStationId(),
                o.getPileCode(), o.getGunNo(), o.getGunCode(), o.getUserId(),
                o.getUserId() == null ? null : phones.computeIfAbsent(o.getUserId(), id -> users.phoneOf(id).orElse(null)),
                o.getStartChannel(), o.getCreatedAt(), o.getStartedAt(), o.getStoppedAt(), o.getSettledAt(),
                o.getEnergyKwh(), o.getElectricityAmount(), o.getServiceAmount(), o.getTotalAmount(),
                o.getPayableAmount(), o.getAbnormalReason())).toList();
    }

    private record Filter(String where, Map<String, Object> params) {
    }

    private Optional<Filter> filter(OrderQuery q) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        if (q.userPhone() != null && !q.userPhone().isBlank()) {
            Optional<Long> user = users.activeUserId(q.userPhone().trim());
            if (user.isEmpty()) {
                return Optional.empty();
            }
            and(where).append("o.userId = :user");
            params.put("user", user.get());
        }
        if (q.orderNo() != null && !q.orderNo().isBlank()) {
            and(where).append("o.orderNo LIKE :orderNo");
            params.put("orderNo", prefix(q.orderNo()));
        }
        if (q.pileCode() != null && !q.pileCode().isBlank()) {
            and(where).append("o.pileCode LIKE :pile");
            params.put("pile", prefix(q.pileCode()));
        }
        if (q.stationId() != null) {
            and(where).append("o.stationId = :station");
            params.put("station", q.stationId());
        }
        if (q.state() != null && !q.state().isBlank()) {
            and(where).append("o.state = :state");
            params.put("state", q.state());
        }
        if (q.vin() != null && !q.vin().isBlank()) {
            and(where).append("o.vin = :vin");
            params.put("vin", q.vin().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (q.plateNo() != null && !q.plateNo().isBlank()) {
            java.util.List<String> vins = garage.vinsOfPlate(q.plateNo());
            if (vins.isEmpty()) {
                return Optional.empty();
            }
            and(where).append("o.vin IN :plateVins");
            params.put("plateVins", vins);
        }
        if (q.from() != null) {
            and(where).append("o.createdAt >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            and(where).append("o.createdAt < :to");
            params.put("to", q.to());
        }
        return Optional.of(new Filter(where.toString(), params));
    }

    private static StringBuilder and(StringBuilder where) {
        return where.append(where.isEmpty() ? " WHERE " : " AND ");
    }

    /** A prefix match; the user's own wildcards are taken literally. */
    private static String prefix(String value) {
        return value.trim().replace("\\", "").replace("%", "").replace("_", "") + "%";
    }
}
