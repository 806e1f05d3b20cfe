package io.chargeops.core.interconnect;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The pull side: we are the user platform of a third-party operator. With the secrets it issued us ({@code out}) we
 * call its {@code query_token}, {@code query_stations_info} (every page), {@code query_station_status} (50 stations a
 * call) and {@code query_equip_business_policy} (per connector) and store the result as interconnect data
 * ({@link PulledData}), replacing the previous pull. HTTP happens outside any transaction; the store is one.
 * Lenient in what it reads (numbers as strings, {@code ServicePrice} beside the standard's {@code SevicePrice}),
 * strict in what it sends.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PartnerPull {

    private static final Logger LOG = Logger.getLogger(PartnerPull.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final AtomicInteger SEQ = new AtomicInteger();
    static final int PAGE_SIZE = 50;
    static final int MAX_PAGES = 1000;

    @EJB
    Partners partners;

    @EJB
    PulledData data;

    @Inject
    InterconnectSettings settings;

    @EJB
    CallLog callLog;

    Clock clock = Clock.systemUTC();

    public record Result(String operatorId, int stations, int equipment, int connectors, int prices, int pages,
                         int policiesRefused, Instant pulledAt) {
    }

    /** Pulls everything the partner shares with us; refused (422 pull-failed) when it cannot be read. */
    public Result pull(String operatorId) {
        PartnerView p = partners.byOperatorId(operatorId)
                .orElseThrow(() -> new RefusedException(Kind.NOT_FOUND, "unknown-partner", "No partner " + operatorId));
        if (p.baseUrl() == null || p.outKeys() == null) {
            throw new RefusedException(Kind.UNPROCESSABLE, "partner-not-reachable",
                    "Partner " + operatorId + " needs a base URL and the secrets it issued us (out) before it can be pulled");
        }
        if (!p.active()) {
            throw new RefusedException(Kind.UNPROCESSABLE, "partner-disabled", "Partner " + operatorId + " is disabled");
        }
        Instant at = clock.instant();
        PartnerClient client = new PartnerClient(settings.operatorId(), settings.zone(), settings.httpTimeout(), clock)
                .recordingTo((who, iface, ret, note, ms) -> callLog.record(who.id(), who.operatorId(), iface, "OUT", ret, note, ms, clock.instant()));
        try {
            Result r = read(client, p, at);
            data.pulled(p.id(), "OK: " + r.stations() + " stations, " + r.connectors() + " connectors, " + r.prices()
                    + " price periods" + (r.policiesRefused() > 0 ? ", " + r.policiesRefused() + " policies refused" : ""), at);
            LOG.info(() -> "Pulled partner " + operatorId + ": " + r);
            return r;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedException re && re.kind() != Kind.UNPROCESSABLE) {
                throw re;
            }
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            data.pulled(p.id(), "FAILED: " + why, at);
            LOG.info(() -> "Pull of partner " + operatorId + " failed: " + why);
            throw new RefusedException(Kind.UNPROCESSABLE, "pull-failed", "Pull of partner " + operatorId + " failed: " + why);
        }
    }

    private Result read(PartnerClient client, PartnerView p, Instant at) throws IOException {
        // 1. stations, every page
        List<JsonObject> stationInfos = new ArrayList<>();
        int pageCount = 1;
        int page = 1;
        for (; page <= pageCount && page <= MAX_PAGES; page++) {
            JsonObject d = call(client, p, "query_stations_info", Json.createObjectBuilder().add("PageNo", page).add("PageSize", PAGE_SIZE).build());
            pageCount = Math.max(1, integer(d, "PageCount", 1));
            JsonArray infos = array(d, "StationInfos");
            for (JsonValue v : infos) {
                if (v instanceof JsonObject o) {
                    stationInfos.add(o);
                }
            }
            if (infos.isEmpty()) {
                break;
            }
        }
        // 2. connector statuses, 50 stations a call
        Map<String, Integer> statuses = new HashMap<>();
        List<String> ids = stationInfos.stream().map(o -> text(o, "StationID")).filter(s -> s != null && !s.isBlank()).distinct().toList();
        for (int i = 0; i < ids.size(); i += 50) {
            JsonArrayBuilder batch = Json.createArrayBuilder();
            ids.subList(i, Math.min(ids.size(), i + 50)).forEach(batch::add);
            JsonObject d = call(client, p, "query_station_status", Json.createObjectBuilder().add("StationIDs", batch).build());
            for (JsonValue sv : array(d, "StationStatusInfos")) {
                if (sv instanceof JsonObject so) {
                    for (JsonValue cv : array(so, "ConnectorStatusInfos")) {
                        if (cv instanceof JsonObject co && text(co, "ConnectorID") != null) {
                            statuses.put(text(co, "ConnectorID"), integer(co, "Status", 0));
                        }
                    }
                }
            }
        }
        // 3. stations → equipment → connectors, each connector's policy
        List<PulledData.Station> stations = new ArrayList<>();
        Set<String> seenStations = new HashSet<>();
        Set<String> seenEquipment = new HashSet<>();
        Set<String> seenConnectors = new HashSet<>();
        int refused = 0;
        for (JsonObject s : stationInfos) {
            String stationId = text(s, "StationID");
            if (stationId == null || stationId.isBlank() || stationId.length() > 20 || !seenStations.add(stationId)) {
                continue;
            }
            List<PulledData.Equipment> equipment = new ArrayList<>();
            for (JsonValue ev : array(s, "EquipmentInfos")) {
                if (!(ev instanceof JsonObject e) || text(e, "EquipmentID") == null || text(e, "EquipmentID").length() > 32
                        || !seenEquipment.add(text(e, "EquipmentID"))) {
                    continue;
                }
                List<PulledData.Connector> connectors = new ArrayList<>();
                for (JsonValue cv : array(e, "ConnectorInfos")) {
                    if (!(cv instanceof JsonObject c) || text(c, "ConnectorID") == null || text(c, "ConnectorID").length() > 32
                            || !seenConnectors.add(text(c, "ConnectorID"))) {
                        continue;
                    }
                    String connectorId = text(c, "ConnectorID");
                    List<PulledData.Price> prices = policy(client, p, connectorId);
                    if (prices == null) {
                        refused++;
                        prices = List.of();
                    }
                    connectors.add(new PulledData.Connector(connectorId, integerOrNull(c, "ConnectorType"), decimal(c, "Power"),
                            statuses.get(connectorId), prices));
                }
                equipment.add(new PulledData.Equipment(text(e, "EquipmentID"), integerOrNull(e, "EquipmentType"),
                        text(e, "EquipmentModel"), decimal(e, "Power"), connectors));
            }
            var raw = Json.createObjectBuilder(s);
            raw.remove("EquipmentInfos");
            stations.add(new PulledData.Station(stationId, text(s, "OperatorID"), text(s, "EquipmentOwnerID"), text(s, "StationName"),
                    text(s, "AreaCode"), text(s, "Address"), integerOrNull(s, "StationType"), integerOrNull(s, "StationStatus"),
                    decimal(s, "StationLng"), decimal(s, "StationLat"), text(s, "BusineHours"), raw.build().toString(), equipment));
        }
        PulledData.Counts counts = data.replace(p.id(), stations, at);
        return new Result(p.operatorId(), counts.stations(), counts.equipment(), counts.connectors(), counts.prices(),
                page - 1, refused, at);
    }

    /** The connector's periods, or null when the operator refused (SuccStat ≠ 0). */
    private List<PulledData.Price> policy(PartnerClient client, PartnerView p, String connectorId) throws IOException {
        JsonObject d = call(client, p, "query_equip_business_policy",
                Json.createObjectBuilder().add("EquipBizSeq", bizSeq()).add("ConnectorID", connectorId).build());
        if (integer(d, "SuccStat", 0) != 0) {
            return null;
        }
        Map<String, PulledData.Price> periods = new LinkedHashMap<>();
        for (JsonValue v : array(d, "PolicyInfos")) {
            if (v instanceof JsonObject o) {
                String start = text(o, "StartTime");
                BigDecimal elec = decimal(o, "ElecPrice");
                BigDecimal service = decimal(o, "SevicePrice") != null ? decimal(o, "SevicePrice") : decimal(o, "ServicePrice");
                if (start != null && start.matches("\\d{6}") && elec != null && service != null) {
                    periods.putIfAbsent(start, new PulledData.Price(start, elec, service));
                }
            }
        }
        return List.copyOf(periods.values());
    }

    private JsonObject call(PartnerClient client, PartnerView p, String iface, JsonObject request) throws IOException {
        PartnerClient.Answer a = client.call(p, iface, request.toString());
        if (a.ret() != 0) {
            throw new IOException(iface + " answered Ret " + a.ret() + " " + a.msg());
        }
        if (a.data() == null || a.data().isBlank()) {
            throw new IOException(iface + " answered no Data");
        }
        try (JsonReader r = Json.createReader(new StringReader(a.data()))) {
            return r.readObject();
        } catch (RuntimeException e) {
            throw new IOException(iface + " answered Data that is not a JSON object");
        }
    }

    /** OperatorID (ours) + yyyyMMddHHmmss + 4 digits: 27 characters with the standard's 9-character OperatorID. */
    private String bizSeq() {
        return settings.operatorId() + LocalDateTime.now(clock.withZone(settings.zone())).format(STAMP)
                + String.format("%04d", SEQ.incrementAndGet() % 10000);
    }

    static JsonArray array(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }

    static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v instanceof JsonNumber n ? n.toString() : null;
    }

    static Integer integerOrNull(JsonObject o, String name) {
        BigDecimal d = decimal(o, name);
        try {
            return d == null ? null : d.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static int integer(JsonObject o, String name, int fallback) {
        Integer i = integerOrNull(o, name);
        return i == null ? fallback : i;
    }

    static BigDecimal decimal(JsonObject o, String name) {
        JsonValue v = o.get(name);
        try {
            if (v instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (v instanceof JsonString s && !s.getString().isBlank()) {
                return new BigDecimal(s.getString().trim());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }
}
