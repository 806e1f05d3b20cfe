package io.chargeops.core.station;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;

/**
 * Stations drivers may find (status OPERATING): within a coordinate box (the coarse index step of a nearby search and
 * the map view), optionally narrowed by a keyword on name or address and by city.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StationSearch {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    /** Operating stations in the box (bounds in the stations' stored coordinates), at most {@code limit}. */
    public List<StationView> within(BigDecimal minLat, BigDecimal maxLat, BigDecimal minLng, BigDecimal maxLng,
                                    String keyword, String cityCode, int limit) {
        StringBuilder q = new StringBuilder("SELECT s FROM Station s WHERE s.status = :operating");
        if (minLat != null) {
            q.append(" AND s.location.latitude BETWEEN :minLat AND :maxLat AND s.location.longitude BETWEEN :minLng AND :maxLng");
        }
        if (keyword != null) {
            q.append(" AND (LOWER(s.name) LIKE :kw OR LOWER(s.address) LIKE :kw)");
        }
        if (cityCode != null) {
            q.append(" AND s.cityCode = :city");
        }
        var query = em.createQuery(q.append(" ORDER BY s.id").toString(), Station.class)
                .setParameter("operating", StationStatus.OPERATING);
        if (minLat != null) {
            query.setParameter("minLat", minLat).setParameter("maxLat", maxLat)
                    .setParameter("minLng", minLng).setParameter("maxLng", maxLng);
        }
        if (keyword != null) {
            String escaped = keyword.toLowerCase(java.util.Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
            query.setParameter("kw", "%" + escaped + "%");
        }
        if (cityCode != null) {
            query.setParameter("city", cityCode);
        }
        return query.setMaxResults(limit).getResultList().stream().map(StationView::of).toList();
    }
}
