package io.chargeops.core.interconnect;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Interconnect data pulled from third-party operators: their stations, equipment, connectors and prices, stored as
 * theirs (never as our stations). A full pull replaces what an earlier one stored for the partner, in one transaction.
 */
@Stateless
public class PulledData {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    public record Station(String stationId, String operatorId, String equipmentOwnerId, String name, String areaCode,
                         String address, Integer stationType, Integer stationStatus, BigDecimal lng, BigDecimal lat,
                         String busineHours, String rawInfo, List<Equipment> equipment) {
    }

    public record Equipment(String equipmentId, Integer equipmentType, String model, BigDecimal powerKw,
                            List<Connector> connectors) {
    }

    public record Connector(String connectorId, Integer connectorType, BigDecimal powerKw, Integer status,
                            List<Price> prices) {
    }

    public record Price(String startTime, BigDecimal elecPrice, BigDecimal servicePrice) {
    }

    public record Counts(int stations, int equipment, int connectors, int prices) {
    }

    /** Replaces the partner's pulled data with {@code stations}; statuses and prices as given (null = not reported). */
    public Counts replace(Long partnerId, List<Station> stations, Instant at) {
        Map<String, PulledStation> oldStations = index(em.createQuery("SELECT s FROM PulledStation s WHERE s.partnerId = :p", PulledStation.class)
                .setParameter("p", partnerId).getResultList(), s -> s.stationId);
        Map<String, PulledEquipment> oldEquipment = index(em.createQuery("SELECT e FROM PulledEquipment e WHERE e.partnerId = :p", PulledEquipment.class)
                .setParameter("p", partnerId).getResultList(), e -> e.equipmentId);
        Map<String, PulledConnector> oldConnectors = index(em.createQuery("SELECT c FROM PulledConnector c WHERE c.partnerId = :p", PulledConnector.class)
                .setParameter("p", partnerId).getResultList(), c -> c.connectorId);
        em.createQuery("DELETE FROM PulledPrice x WHERE x.partnerId = :p").setParameter("p", partnerId).executeUpdate();
        int e = 0;
        int c = 0;
        int prices = 0;
        for (Station s : stations) {
            PulledStation ps = oldStations.remove(s.stationId());
            if (ps == null) {
                ps = new PulledStation(partnerId, s.stationId());
                em.persist(ps);
            }
            ps.update(cut(s.operatorId(), 32), cut(s.equipmentOwnerId(), 32), cut(s.name(), 100), cut(s.areaCode(), 20),
                    cut(s.address(), 255), s.stationType(), s.stationStatus(), scaled(s.lng(), 6, 6), scaled(s.lat(), 6, 6),
                    cut(s.busineHours(), 255), s.rawInfo(), at);
            for (Equipment q : s.equipment()) {
                PulledEquipment pe = oldEquipment.remove(q.equipmentId());
                if (pe == null) {
                    pe = new PulledEquipment(partnerId, q.equipmentId());
                    em.persist(pe);
                }
                pe.update(s.stationId(), q.equipmentType(), cut(q.model(), 100), scaled(q.powerKw(), 1, 9), at);
                e++;
                for (Connector k : q.connectors()) {
                    PulledConnector pc = oldConnectors.remove(k.connectorId());
                    if (pc == null) {
                        pc = new PulledConnector(partnerId, k.connectorId());
                        em.persist(pc);
                    }
                    pc.update(s.stationId(), q.equipmentId(), k.connectorType(), scaled(k.powerKw(), 1, 9), k.status(), at);
                    c++;
                    for (Price p : k.prices()) {
                        em.persist(new PulledPrice(partnerId, k.connectorId(), p.startTime(),
                            zeroIfNull(scaled(p.elecPrice(), 4, 6)), zeroIfNull(scaled(p.servicePrice(), 4, 6)), at));
                        prices++;
                    }
                }
            }
        }
        oldConnectors.values().forEach(em::remove);
        oldEquipment.values().forEach(em::remove);
        oldStations.values().forEach(em::remove);
        em.flush();
        return new Counts(stations.size(), e, c, prices);
    }

    /** Records how the last pull went on the partner. */
    public void pulled(Long partnerId, String result, Instant at) {
        Partner p = em.find(Partner.class, partnerId);
        if (p != null) {
            p.pulled(at, cut(result, 500));
        }
    }

    /** What was pulled from a partner, stations by id with their equipment, connectors and prices. */
    public List<PulledStationView> stations(Long partnerId) {
        Map<String, List<PulledPrice>> prices = em.createQuery("SELECT x FROM PulledPrice x WHERE x.partnerId = :p ORDER BY x.connectorId, x.startTime",
                PulledPrice.class).setParameter("p", partnerId).getResultStream().collect(Collectors.groupingBy(x -> x.connectorId));
        Map<String, List<PulledConnector>> connectors = em.createQuery("SELECT c FROM PulledConnector c WHERE c.partnerId = :p ORDER BY c.connectorId",
                PulledConnector.class).setParameter("p", partnerId).getResultStream().collect(Collectors.groupingBy(c -> c.equipmentId));
        Map<String, List<PulledEquipment>> equipment = em.createQuery("SELECT e FROM PulledEquipment e WHERE e.partnerId = :p ORDER BY e.equipmentId",
                PulledEquipment.class).setParameter("p", partnerId).getResultStream().collect(Collectors.groupingBy(e -> e.stationId));
        List<PulledStationView> out = new ArrayList<>();
        for (PulledStation s : em.createQuery("SELECT s FROM PulledStation s WHERE s.partnerId = :p ORDER BY s.stationId", PulledStation.class)
                .setParameter("p", partnerId).getResultList()) {
            List<PulledStationView.EquipmentView> eq = new ArrayList<>();
            for (PulledEquipment e : equipment.getOrDefault(s.stationId, List.of())) {
                List<PulledStationView.ConnectorView> cs = new ArrayList<>();
                for (PulledConnector c : connectors.getOrDefault(e.equipmentId, List.of())) {
                    cs.add(new PulledStationView.ConnectorView(c.connectorId, c.connectorType, c.powerKw, c.status, c.statusAt,
                            prices.getOrDefault(c.connectorId, List.of()).stream()
                                    .map(p -> new PulledStationView.PriceView(p.startTime, p.elecPrice, p.servicePrice)).toList()));
                }
                eq.add(new PulledStationView.EquipmentView(e.equipmentId, e.equipmentType, e.equipmentModel, e.powerKw, cs));
            }
            out.add(new PulledStationView(s.stationId, s.operatorId, s.stationName, s.areaCode, s.address, s.stationType,
                    s.stationStatus, s.stationLng, s.stationLat, s.busineHours, s.pulledAt, eq));
        }
        return out;
    }

    /** Partners due for a scheduled pull: an interval set and the last pull older than it. */
    public List<String> duePulls(Instant now) {
        List<String> due = new ArrayList<>();
        for (Partner p : em.createQuery("SELECT p FROM Partner p WHERE p.pullIntervalMinutes IS NOT NULL AND p.status = 'ACTIVE'", Partner.class)
                .getResultList()) {
            if (p.lastPulledAt == null || !p.lastPulledAt.plusSeconds(60L * p.pullIntervalMinutes).isAfter(now)) {
                due.add(p.getOperatorId());
            }
        }
        return due;
    }

    private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
        Map<String, T> m = new HashMap<>();
        rows.forEach(r -> m.put(key.apply(r), r));
        return m;
    }

    /** The value at {@code scale} decimals, or null when it does not fit {@code intDigits} integer digits. */
    static BigDecimal scaled(BigDecimal v, int scale, int intDigits) {
        if (v == null) {
            return null;
        }
        BigDecimal r = v.setScale(scale, java.math.RoundingMode.HALF_UP);
        return r.precision() - r.scale() > intDigits ? null : r;
    }

    private static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}
