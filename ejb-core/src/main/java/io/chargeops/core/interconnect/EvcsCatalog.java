package io.chargeops.core.interconnect;

import io.chargeops.core.pile.PileRecords;
import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.TariffInForce;
import io.chargeops.core.tariff.pricing.TouSchedule;
import io.chargeops.core.tariff.pricing.UnitPrice;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The public-information side of T/CEC 102.2 over our stations, piles and guns, limited to what a partner may see:
 * station info (paged, incremental by LastQueryTime), connector status, station statistics, and the business
 * policy (TOU prices) of a connector. StationID is our station id, EquipmentID the pile code, ConnectorID the gun
 * code (pile code + gun number, what the QR code on the gun carries).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class EvcsCatalog {

    @jakarta.persistence.PersistenceContext(unitName = "chargeops")
    jakarta.persistence.EntityManager em;

    @EJB
    TariffInForce tariffs;

    @EJB
    PileRecords piles;

    @Inject
    InterconnectSettings settings;

    /** A gun a partner may use, with its pile and station. */
    public record SharedConnector(String connectorId, String pileCode, int gunNo, Long stationId, String gunState,
                                  boolean pileOnline) {
        public int status() {
            return connectorStatus(gunState, pileOnline);
        }
    }

    public Optional<SharedConnector> connector(PartnerView partner, String connectorId) {
        if (connectorId == null || !connectorId.matches("\\d{16}")) {
            return Optional.empty();
        }
        return em.createQuery("SELECT g FROM SharedGun g WHERE g.gunCode = :c", SharedGun.class)
                .setParameter("c", connectorId).getResultStream().findFirst().flatMap(g -> {
                    SharedPile p = em.find(SharedPile.class, g.getPileId());
                    if (p == null || !partner.sees(p.getStationId()) || "FREE".equals(p.getStatus())) {
                        return Optional.empty();
                    }
                    return Optional.of(new SharedConnector(g.getGunCode(), p.getPileCode(), g.getGunNo(),
                            p.getStationId(), g.getGunState(), p.isOnline()));
                });
    }

    public JsonObject stationsInfo(PartnerView partner, Instant changedAfter, int pageNo, int pageSize) {
        List<SharedStation> stations = visibleStations(partner);
        Map<Long, List<SharedPile>> pilesByStation = piles(stations);
        Map<Long, List<SharedGun>> gunsByPile = guns(pilesByStation);
        List<SharedStation> matching = stations.stream().filter(s -> changedAfter == null
                || lastChange(s, pilesByStation, gunsByPile).isAfter(changedAfter)).toList();
        int pageCount = (matching.size() + pageSize - 1) / pageSize;
        JsonArrayBuilder infos = Json.createArrayBuilder();
        matching.stream().skip((long) (pageNo - 1) * pageSize).limit(pageSize)
                .forEach(s -> infos.add(stationInfo(s, pilesByStation.getOrDefault(s.getId(), List.of()), gunsByPile)));
        return Json.createObjectBuilder().add("PageNo", pageNo).add("PageCount", pageCount)
                .add("ItemSize", matching.size()).add("StationInfos", infos).build();
    }

    /** One station's StationInfo as query_stations_info sends it (for notification_stationInfo), if it is ours. */
    public java.util.Optional<JsonObject> stationInfo(Long stationId) {
        SharedStation s = stationId == null ? null : em.find(SharedStation.class, stationId);
        if (s == null) {
            return java.util.Optional.empty();
        }
        Map<Long, List<SharedPile>> ps = piles(List.of(s));
        return java.util.Optional.of(stationInfo(s, ps.getOrDefault(s.getId(), List.of()), guns(ps)));
    }

    public JsonObject stationStatus(PartnerView partner, List<String> stationIds) {
        JsonArrayBuilder infos = Json.createArrayBuilder();
        int total = 0;
        for (String id : stationIds) {
            Long stationId = parseId(id);
            SharedStation s = stationId == null || !partner.sees(stationId) ? null : em.find(SharedStation.class, stationId);
            if (s == null) {
                continue; // unknown or not shared: answered as absent, like a station that does not exist
            }
            Map<Long, List<SharedPile>> ps = piles(List.of(s));
            Map<Long, List<SharedGun>> gs = guns(ps);
            JsonArrayBuilder connectors = Json.createArrayBuilder();
            for (SharedPile p : ps.getOrDefault(s.getId(), List.of())) {
                for (SharedGun g : gs.getOrDefault(p.getId(), List.of())) {
                    connectors.add(connectorStatus(g, p));
                }
            }
            infos.add(Json.createObjectBuilder().add("StationID", String.valueOf(s.getId())).add("ConnectorStatusInfos", connectors));
            total++;
        }
        return Json.createObjectBuilder().add("Total", total).add("StationStatusInfos", infos).build();
    }

    public JsonObject stationStats(PartnerView partner, String stationId, LocalDate start, LocalDate end) {
        Long id = parseId(stationId);
        SharedStation s = id == null || !partner.sees(id) ? null : em.find(SharedStation.class, id);
        if (s == null) {
            throw new CecException(CecRet.INVALID_BUSINESS, "StationID不存在: " + stationId);
        }
        Instant from = start.atStartOfDay(settings.zone()).toInstant();
        Instant to = end.plusDays(1).atStartOfDay(settings.zone()).toInstant();
        List<SharedOrder> orders = em.createQuery("SELECT o FROM SharedOrder o WHERE o.stationId = :s AND o.state = 'SETTLED'"
                        + " AND o.settledAt >= :f AND o.settledAt < :t", SharedOrder.class)
                .setParameter("s", id).setParameter("f", from).setParameter("t", to).getResultList();
        Map<Long, List<SharedPile>> ps = piles(List.of(s));
        Map<Long, List<SharedGun>> gs = guns(ps);
        BigDecimal stationTotal = BigDecimal.ZERO;
        JsonArrayBuilder equipments = Json.createArrayBuilder();
        for (SharedPile p : ps.getOrDefault(s.getId(), List.of())) {
            BigDecimal pileTotal = BigDecimal.ZERO;
            JsonArrayBuilder connectors = Json.createArrayBuilder();
            for (SharedGun g : gs.getOrDefault(p.getId(), List.of())) {
                BigDecimal e = orders.stream().filter(o -> g.getGunCode().equals(o.getGunCode()) && o.getEnergyKwh() != null)
                        .map(SharedOrder::getEnergyKwh).reduce(BigDecimal.ZERO, BigDecimal::add);
                pileTotal = pileTotal.add(e);
                connectors.add(Json.createObjectBuilder().add("ConnectorID", g.getGunCode())
                        .add("ConnectorElectricity", e.setScale(1, RoundingMode.HALF_UP)));
            }
            stationTotal = stationTotal.add(pileTotal);
            equipments.add(Json.createObjectBuilder().add("EquipmentID", p.getPileCode())
                    .add("EquipmentElectricity", pileTotal.setScale(1, RoundingMode.HALF_UP)).add("ConnectorStatsInfos", connectors));
        }
        return Json.createObjectBuilder().add("StationStats", Json.createObjectBuilder()
                .add("StationID", String.valueOf(s.getId())).add("StartTime", start.toString()).add("EndTime", end.toString())
                .add("StationElectricity", stationTotal.setScale(1, RoundingMode.HALF_UP))
                .add("EquipmentStatsInfos", equipments)).build();
    }

    /** The TOU periods of a connector's tariff in force now: {@code StartTime} HHmmss, ElecPrice, SevicePrice (4 dp). */
    public Optional<List<Period>> policy(SharedConnector c, Instant now) {
        Optional<Long> template = piles.owner(c.pileCode()).map(PileRecords.PileOwner::tariffTemplateId);
        Optional<Long> version = template.flatMap(t -> tariffs.versionAt(t, now));
        if (version.isEmpty()) {
            return Optional.empty();
        }
        TouSchedule schedule = tariffs.schedule(version.get());
        List<Period> periods = new ArrayList<>();
        RateType previous = null;
        for (int i = 0; i < TouSchedule.SLOTS; i++) {
            RateType type = schedule.slots().get(i);
            if (type != previous) {
                UnitPrice price = schedule.price(type);
                periods.add(new Period(LocalTime.ofSecondOfDay((long) i * TouSchedule.SECONDS_PER_SLOT), type,
                        price.electricityFee(), price.serviceFee()));
                previous = type;
            }
        }
        return Optional.of(periods);
    }

    public record Period(LocalTime start, RateType type, BigDecimal electricityPrice, BigDecimal servicePrice) {
    }

    // ---- internals ----------------------------------------------------------------------------------------------

    private List<SharedStation> visibleStations(PartnerView partner) {
        return em.createQuery("SELECT s FROM SharedStation s ORDER BY s.id", SharedStation.class).getResultStream()
                .filter(s -> partner.sees(s.getId())).toList();
    }

    private Map<Long, List<SharedPile>> piles(List<SharedStation> stations) {
        if (stations.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = stations.stream().map(SharedStation::getId).toList();
        return em.createQuery("SELECT p FROM SharedPile p WHERE p.stationId IN :ids AND p.status <> 'FREE' ORDER BY p.pileCode",
                        SharedPile.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(SharedPile::getStationId, LinkedHashMap::new, Collectors.toList()));
    }

    private Map<Long, List<SharedGun>> guns(Map<Long, List<SharedPile>> piles) {
        List<Long> ids = piles.values().stream().flatMap(List::stream).map(SharedPile::getId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT g FROM SharedGun g WHERE g.pileId IN :ids ORDER BY g.gunNo", SharedGun.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(SharedGun::getPileId, LinkedHashMap::new, Collectors.toList()));
    }

    private static Instant lastChange(SharedStation s, Map<Long, List<SharedPile>> piles, Map<Long, List<SharedGun>> guns) {
        Instant last = s.getUpdatedAt();
        for (SharedPile p : piles.getOrDefault(s.getId(), List.of())) {
            last = max(last, p.getUpdatedAt());
            for (SharedGun g : guns.getOrDefault(p.getId(), List.of())) {
                last = max(last, g.getUpdatedAt());
            }
        }
        return last;
    }

    private static Instant max(Instant a, Instant b) {
        return b != null && (a == null || b.isAfter(a)) ? b : a;
    }

    private JsonObject stationInfo(SharedStation s, List<SharedPile> ps, Map<Long, List<SharedGun>> guns) {
        String phone = s.getServicePhone() == null ? "" : s.getServicePhone();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("StationID", String.valueOf(s.getId()))
                .add("OperatorID", settings.operatorId())
                .add("EquipmentOwnerID", settings.operatorId())
                .add("StationName", s.getName())
                .add("CountryCode", "CN")
                .add("AreaCode", s.getDistrictCode())
                .add("Address", s.getAddress())
                .add("StationTel", phone)
                .add("ServiceTel", phone)
                .add("StationType", switch (s.getStationType()) { case "PUBLIC" -> 1; case "PRIVATE" -> 50; default -> 255; })
                .add("StationStatus", switch (s.getStatus()) {
                    case "OPERATING" -> 50; case "BUILDING", "PLANNED" -> 1; case "SUSPENDED" -> 6; case "CLOSED" -> 5; default -> 0; })
                .add("ParkNums", 0)
                // GCJ-02 is what partners expect; a station stored as WGS-84 is sent as stored (see README deviations)
                .add("StationLng", s.getLongitude().setScale(6, RoundingMode.HALF_UP))
                .add("StationLat", s.getLatitude().setScale(6, RoundingMode.HALF_UP))
                .add("Construction", 255);
        if (s.getOpeningHours() != null) {
            b.add("BusineHours", s.getOpeningHours());
        }
        if (s.getParkingFeeNote() != null) {
            b.add("ParkFee", s.getParkingFeeNote().length() > 100 ? s.getParkingFeeNote().substring(0, 100) : s.getParkingFeeNote());
        }
        b.add("Payment", "线上").add("SupportOrder", 0);
        JsonArrayBuilder equipments = Json.createArrayBuilder();
        for (SharedPile p : ps) {
            boolean dc = "DC".equals(p.getPileType());
            BigDecimal power = p.getRatedPowerKw() == null ? BigDecimal.ZERO : p.getRatedPowerKw();
            JsonArrayBuilder connectors = Json.createArrayBuilder();
            List<SharedGun> gs = guns.getOrDefault(p.getId(), List.of());
            for (SharedGun g : gs) {
                int upper = dc ? 750 : 220;
                int lower = dc ? 200 : 220;
                BigDecimal gunPower = gs.size() > 1 && dc ? power : power;
                connectors.add(Json.createObjectBuilder()
                        .add("ConnectorID", g.getGunCode())
                        .add("ConnectorName", g.getGunNo() + "号枪")
                        .add("ConnectorType", dc ? 4 : 3)
                        .add("VoltageUpperLimits", upper)
                        .add("VoltageLowerLimits", lower)
                        .add("Current", gunPower.multiply(BigDecimal.valueOf(1000)).divide(BigDecimal.valueOf(lower), 0, RoundingMode.HALF_UP).intValue())
                        .add("Power", gunPower.setScale(1, RoundingMode.HALF_UP))
                        .add("NationalStandard", 2));
            }
            JsonObjectBuilder e = Json.createObjectBuilder().add("EquipmentID", p.getPileCode());
            if (p.getManufacturer() != null) {
                e.add("ManufacturerName", cut(p.getManufacturer(), 30));
            }
            if (p.getPileModel() != null) {
                e.add("EquipmentModel", cut(p.getPileModel(), 20));
            }
            equipments.add(e.add("EquipmentType", dc ? 1 : 2).add("ConnectorInfos", connectors)
                    .add("Power", power.setScale(1, RoundingMode.HALF_UP)));
        }
        return b.add("EquipmentInfos", equipments).build();
    }

    private static JsonObject connectorStatus(SharedGun g, SharedPile p) {
        return Json.createObjectBuilder().add("ConnectorID", g.getGunCode())
                .add("Status", connectorStatus(g.getGunState(), p.isOnline())).add("ParkStatus", 0).add("LockStatus", 0).build();
    }

    /** 0 离网, 1 空闲, 2 占用(未充电), 3 占用(充电中), 255 故障. */
    static int connectorStatus(String gunState, boolean pileOnline) {
        if (!pileOnline) {
            return 0;
        }
        return switch (gunState == null ? "" : gunState) {
            case "IDLE" -> 1;
            case "OCCUPIED" -> 2;
            case "CHARGING" -> 3;
            case "FAULT" -> 255;
            default -> 0;
        };
    }

    static Long parseId(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(id);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    @SuppressWarnings("unused")
    private static final Comparator<SharedStation> BY_ID = Comparator.comparing(SharedStation::getId);
}
