package io.chargeops.core.station;

import io.chargeops.core.RefusedException;
import io.chargeops.core.merchant.Merchants;
import io.chargeops.core.tariff.TariffService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Opens and lists stations (充电站) for the ops API and console; one transaction per call. */
@Stateless
public class StationService {

    private static final Logger LOG = Logger.getLogger(StationService.class.getName());

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @jakarta.ejb.EJB
    io.chargeops.core.audit.OperationLog operationLog;

    @EJB
    Merchants merchants;

    @EJB
    TariffService tariffs;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<StationChanged> stationChanges;

    /**
     * Opens a station. Refused: unknown merchant (422 {@code unknown-merchant}), station code already used by the
     * merchant (409 {@code station-code-taken}), a tariff of another merchant or none at all (422
     * {@code unknown-tariff}), a position outside the globe (422 {@code invalid-station}).
     */
    public StationView create(NewStation s, String actor) {
        if (!merchants.exists(s.merchantId())) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "unknown-merchant", "No merchant " + s.merchantId());
        }
        boolean taken = !em.createQuery("SELECT s.id FROM Station s WHERE s.merchantId = :m AND s.stationCode = :code", Long.class)
                .setParameter("m", s.merchantId()).setParameter("code", s.stationCode())
                .setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, "station-code-taken",
                    "Merchant " + s.merchantId() + " already has a station " + s.stationCode());
        }
        if (s.tariffTemplateId() != null) {
            tariffs.requireAssignable(s.tariffTemplateId(), s.merchantId());
        }
        Station station;
        try {
            station = new Station(s.merchantId(), s.stationCode(), s.name(), s.address(), s.provinceCode(), s.cityCode(),
                    s.districtCode(), new GeoPoint(s.longitude(), s.latitude(), s.coordinateSystem()), s.stationType());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-station", e.getMessage());
        }
        if (s.status() != null) {
            station.setStatus(s.status());
        }
        station.setOpeningHours(s.openingHours());
        station.setServicePhone(s.servicePhone());
        station.setParkingFeeNote(s.parkingFeeNote());
        station.setTariffTemplateId(s.tariffTemplateId());
        em.persist(station);
        em.flush();
        StationView opened = StationView.of(station);
        operationLog.record("station.open", "station", station.getId(), station.getMerchantId(), null, opened);
        stationChanges.fire(new StationChanged(station.getId(), "opened", java.time.Instant.now()));
        LOG.info(() -> "Station " + station.getId() + " " + s.stationCode() + " (" + s.name() + ") opened for merchant "
                + s.merchantId() + " by " + actor);
        return StationView.of(station);
    }

    /**
     * Changes a station's details (not its merchant or code) and announces it ({@link StationChanged} "edited", which
     * the interconnect layer pushes as station info). Refused: a station the caller's data scope does not see (404
     * {@code unknown-station}), a missing name/address/division/type/status or a position outside the globe (422
     * {@code invalid-station}). Nothing is written when refused.
     */
    public StationView update(Long stationId, StationEdit e, String actor) {
        Station station = stationId == null ? null : em.find(Station.class, stationId);
        if (station == null) {
            throw new RefusedException(RefusedException.Kind.NOT_FOUND, "unknown-station", "No station " + stationId);
        }
        if (blank(e.name()) || blank(e.address()) || blank(e.provinceCode()) || blank(e.cityCode())
                || blank(e.districtCode()) || e.stationType() == null || e.status() == null) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-station",
                    "name, address, province/city/district, type and status are required");
        }
        if (e.parkingSpaces() != null && e.parkingSpaces() < 0) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-station",
                    "parking spaces must not be negative: " + e.parkingSpaces());
        }
        StationView before = StationView.of(station);
        GeoPoint location;
        try {
            location = new GeoPoint(e.longitude(), e.latitude(), e.coordinateSystem());
        } catch (IllegalArgumentException | NullPointerException ex) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-station", ex.getMessage());
        }
        station.setName(e.name().trim());
        station.setAddress(e.address().trim());
        station.setDivision(e.provinceCode().trim(), e.cityCode().trim(), e.districtCode().trim());
        station.setLocation(location);
        station.setStationType(e.stationType());
        station.setStatus(e.status());
        station.setOpeningHours(e.openingHours());
        station.setServicePhone(e.servicePhone());
        station.setParkingFeeNote(e.parkingFeeNote());
        station.setParkingSpaces(e.parkingSpaces());
        station.setSiteGuide(e.siteGuide());
        em.flush();
        operationLog.record("station.update", "station", station.getId(), station.getMerchantId(), before, StationView.of(station));
        stationChanges.fire(new StationChanged(station.getId(), "edited", java.time.Instant.now()));
        LOG.info(() -> "Station " + stationId + " edited by " + actor);
        return StationView.of(station);
    }

    /**
     * Stations the caller sees, narrowed by an optional keyword (code, name or address), status and type, by id: the
     * console's station list and its export.
     */
    public List<StationView> search(String keyword, StationStatus status, StationType type) {
        StringBuilder q = new StringBuilder("SELECT s FROM Station s WHERE 1 = 1");
        String kw = blank(keyword) ? null : "%" + keyword.trim().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "").replace("%", "").replace("_", "") + "%";
        if (kw != null) {
            q.append(" AND (LOWER(s.stationCode) LIKE :kw OR LOWER(s.name) LIKE :kw OR LOWER(s.address) LIKE :kw)");
        }
        if (status != null) {
            q.append(" AND s.status = :status");
        }
        if (type != null) {
            q.append(" AND s.stationType = :type");
        }
        var query = em.createQuery(q.append(" ORDER BY s.id").toString(), Station.class);
        if (kw != null) {
            query.setParameter("kw", kw);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        if (type != null) {
            query.setParameter("type", type);
        }
        return query.getResultList().stream().map(StationView::of).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Stations, of one merchant when {@code merchantId} is given, by id. */
    public List<StationView> list(Long merchantId) {
        var query = merchantId == null
                ? em.createQuery("SELECT s FROM Station s ORDER BY s.id", Station.class)
                : em.createQuery("SELECT s FROM Station s WHERE s.merchantId = :m ORDER BY s.id", Station.class)
                        .setParameter("m", merchantId);
        return query.getResultList().stream().map(StationView::of).toList();
    }

    public Optional<StationView> find(Long stationId) {
        return stationId == null ? Optional.empty() : Optional.ofNullable(em.find(Station.class, stationId)).map(StationView::of);
    }

    /** Makes {@code templateId} the station's tariff (the caller has checked it belongs to the station's merchant). */
    public void assignTariff(Long stationId, Long templateId) {
        Station station = em.find(Station.class, stationId);
        if (station == null) {
            throw new RefusedException(RefusedException.Kind.NOT_FOUND, "unknown-station", "No station " + stationId);
        }
        station.setTariffTemplateId(templateId);
    }
}
