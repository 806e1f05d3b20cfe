package io.chargeops.core.finder;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;
import io.chargeops.core.finder.FinderViews.GunInfo;
import io.chargeops.core.finder.FinderViews.Page;
import io.chargeops.core.finder.FinderViews.Price;
import io.chargeops.core.finder.FinderViews.PricePeriod;
import io.chargeops.core.finder.FinderViews.ScannedGun;
import io.chargeops.core.finder.FinderViews.StationDetail;
import io.chargeops.core.finder.FinderViews.StationSummary;
import io.chargeops.core.pile.GunCode;
import io.chargeops.core.pile.GunState;
import io.chargeops.core.pile.GunView;
import io.chargeops.core.pile.PileRegistry;
import io.chargeops.core.pile.PileStatus;
import io.chargeops.core.pile.PileType;
import io.chargeops.core.pile.PileView;
import io.chargeops.core.station.CoordinateSystem;
import io.chargeops.core.station.StationSearch;
import io.chargeops.core.station.StationService;
import io.chargeops.core.station.StationStatus;
import io.chargeops.core.station.StationView;
import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.TariffInForce;
import io.chargeops.core.tariff.pricing.TouSchedule;
import io.chargeops.core.tariff.pricing.UnitPrice;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Station search and detail, and scanned guns, for the app. Read-only. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StationFinder {

    private static final int MAX_CANDIDATES = 2000;

    @EJB
    StationSearch search;

    @EJB
    StationService stations;

    @EJB
    PileRegistry piles;

    @EJB
    TariffInForce tariffs;

    @EJB
    StationExtras extras;

    @Inject
    @ConfigProperty(name = "chargeops.zone", defaultValue = "Asia/Shanghai")
    String zone;

    Clock clock = Clock.systemUTC();

    /**
     * A nearby search's filters. {@code fast}/{@code slow}: only stations with DC/AC guns; {@code freeOnly}: with a
     * free gun now (live state); {@code minPowerKw}: with a pile of at least that rated power; {@code stationType}
     * PUBLIC/DEDICATED/PRIVATE; {@code parkingFeeType} as {@link StationFilters#parkingFeeType} reads the parking note;
     * {@code openNow}: leaves out stations whose opening hours say closed now (unreadable hours are kept). Null or
     * false: no filter.
     */
    public record Query(double longitude, double latitude, CoordinateSystem system, double radiusKm, String keyword,
                        String cityCode, boolean fast, boolean freeOnly, int page, int size, boolean slow,
                        BigDecimal minPowerKw, String stationType, String parkingFeeType, boolean openNow) {

        public Query(double longitude, double latitude, CoordinateSystem system, double radiusKm, String keyword,
                     String cityCode, boolean fast, boolean freeOnly, int page, int size) {
            this(longitude, latitude, system, radiusKm, keyword, cityCode, fast, freeOnly, page, size, false, null, null,
                    null, false);
        }

        boolean filters() {
            return fast || freeOnly || slow || minPowerKw != null || stationType != null || parkingFeeType != null || openNow;
        }

        boolean accepts(StationSummary s) {
            return !(fast && s.fastGuns() == 0 || slow && s.slowGuns() == 0 || freeOnly && s.freeGuns() == 0
                    || minPowerKw != null && (s.maxPowerKw() == null || s.maxPowerKw().compareTo(minPowerKw) < 0)
                    || stationType != null && !stationType.equals(s.stationType())
                    || parkingFeeType != null && !parkingFeeType.equals(s.parkingFeeType())
                    || openNow && Boolean.FALSE.equals(s.openNow()));
        }
    }

    /** Operating stations within the radius, nearest first. */
    public Page<StationSummary> nearby(Query q) {
        double[] gcj = q.system() == CoordinateSystem.WGS84 ? Coordinates.wgsToGcj(q.longitude(), q.latitude())
                : new double[] {q.longitude(), q.latitude()};
        double dLat = q.radiusKm() / 111.0 + 0.01;
        double dLng = q.radiusKm() / (111.0 * Math.max(0.1, Math.cos(Math.toRadians(q.latitude())))) + 0.01;
        List<StationView> candidates = search.within(bd(gcj[1] - dLat), bd(gcj[1] + dLat), bd(gcj[0] - dLng),
                bd(gcj[0] + dLng), blankToNull(q.keyword()), blankToNull(q.cityCode()), MAX_CANDIDATES);
        record Hit(StationView station, double km) {
        }
        List<Hit> hits = new ArrayList<>();
        for (StationView s : candidates) {
            double[] p = in(s, q.system());
            double km = Coordinates.distanceKm(q.longitude(), q.latitude(), p[0], p[1]);
            if (km <= q.radiusKm()) {
                hits.add(new Hit(s, km));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::km).thenComparing(h -> h.station().id()));
        Instant now = clock.instant();
        List<StationSummary> all = new ArrayList<>();
        boolean filterByGuns = q.filters();
        int from = (q.page() - 1) * q.size();
        for (Hit h : hits) {
            if (!filterByGuns && (all.size() < from || all.size() >= from + q.size())) {
                all.add(null); // counted, not built
                continue;
            }
            StationSummary summary = summary(h.station(), q.system(), h.km(), now);
            if (!q.accepts(summary)) {
                continue;
            }
            all.add(summary);
        }
        List<StationSummary> items = all.subList(Math.min(from, all.size()), Math.min(from + q.size(), all.size()));
        return new Page<>(List.copyOf(items), q.page(), q.size(), all.size());
    }

    /** Operating stations inside a map box (corners in {@code system}), at most {@code limit}. */
    public List<StationSummary> inBox(double minLng, double minLat, double maxLng, double maxLat, CoordinateSystem system,
                                      String keyword, int limit) {
        double[] sw = system == CoordinateSystem.WGS84 ? Coordinates.wgsToGcj(minLng, minLat) : new double[] {minLng, minLat};
        double[] ne = system == CoordinateSystem.WGS84 ? Coordinates.wgsToGcj(maxLng, maxLat) : new double[] {maxLng, maxLat};
        Instant now = clock.instant();
        return search.within(bd(sw[1]), bd(ne[1]), bd(sw[0]), bd(ne[0]), blankToNull(keyword), null, limit).stream()
                .map(s -> summary(s, system, null, now)).toList();
    }

    /** Operating stations whose name or address contains the keyword. */
    public List<StationSummary> byKeyword(String keyword, String cityCode, CoordinateSystem system, int limit) {
        Instant now = clock.instant();
        return search.within(null, null, null, null, keyword, blankToNull(cityCode), limit).stream()
                .map(s -> summary(s, system, null, now)).toList();
    }

    /** A station's page; 404 {@code unknown-station} unless operating. */
    public StationDetail detail(Long stationId, CoordinateSystem system) {
        StationView s = stations.find(stationId).filter(v -> v.status() == StationStatus.OPERATING)
                .orElseThrow(() -> new RefusedException(Kind.NOT_FOUND, "unknown-station", "No station " + stationId));
        Instant now = clock.instant();
        List<GunInfo> fast = new ArrayList<>();
        List<GunInfo> slow = new ArrayList<>();
        for (PileView p : activePiles(stationId)) {
            for (GunView g : p.guns()) {
                GunInfo info = new GunInfo(g.gunCode(), g.pileCode(), g.gunNo(), p.pileType().name(), p.ratedPowerKw(),
                        g.state().name(), g.pileOnline());
                (p.pileType() == PileType.DC ? fast : slow).add(info);
            }
        }
        StationExtras.Rating rating = extras.rating(s.id());
        return new StationDetail(summary(s, system, null, now), s.servicePhone(),
                priceTable(templateOf(s).flatMap(t -> tariffs.versionAt(t, now)).orElse(null)), fast, slow, now, extras.pictures(s.id()),
                rating.average(), rating.count(), extras.comments(s.id(), 0, 3));
    }

    /** What a scanned or typed gun code is; 400 {@code invalid-gun-code}, 404 {@code unknown-gun}. */
    public ScannedGun scan(String gunCode) {
        GunCode code;
        try {
            code = GunCode.parse(gunCode);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(Kind.INVALID, "invalid-gun-code", e.getMessage());
        }
        GunView gun = piles.gun(code).orElseThrow(() -> new RefusedException(Kind.NOT_FOUND, "unknown-gun",
                "No gun has the code " + code.value()));
        PileView pile = piles.pile(gun.pileCode()).orElseThrow();
        Optional<StationView> station = stations.find(pile.stationId());
        Instant now = clock.instant();
        Long version = pile.tariffTemplateId() == null ? null
                : tariffs.versionAt(pile.tariffTemplateId(), now).orElse(null);
        String blocked = null;
        String advice = null;
        if (pile.status() != PileStatus.ACTIVE || !gun.pileOnline() || gun.state() == GunState.OFFLINE) {
            blocked = "OFFLINE";
        } else if (gun.state() == GunState.FAULT) {
            blocked = "FAULT";
        } else if (gun.state() == GunState.CHARGING) {
            blocked = "IN_USE";
        } else if (version == null) {
            blocked = "NO_TARIFF";
        } else if (gun.state() == GunState.IDLE) {
            advice = "NOT_PLUGGED_IN";
        }
        return new ScannedGun(gun.gunCode(), gun.pileCode(), gun.gunNo(), pile.pileType().name(), pile.ratedPowerKw(),
                pile.stationId(), station.map(StationView::name).orElse(null), station.map(StationView::address).orElse(null),
                gun.state().name(), gun.pileOnline(), blocked == null, blocked, advice, price(version, now),
                priceTable(version));
    }

    /** Summaries of these stations, in this order, leaving out those no longer operating. */
    public List<StationSummary> summaries(List<Long> stationIds, CoordinateSystem system) {
        Instant now = clock.instant();
        return stationIds.stream().map(stations::find).flatMap(Optional::stream)
                .filter(s -> s.status() == StationStatus.OPERATING).map(s -> summary(s, system, null, now)).toList();
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private StationSummary summary(StationView s, CoordinateSystem system, Double km, Instant now) {
        int fast = 0;
        int slow = 0;
        int free = 0;
        BigDecimal maxPower = null;
        for (PileView p : activePiles(s.id())) {
            if (p.ratedPowerKw() != null && (maxPower == null || p.ratedPowerKw().compareTo(maxPower) > 0)) {
                maxPower = p.ratedPowerKw();
            }
            for (GunView g : p.guns()) {
                if (p.pileType() == PileType.DC) {
                    fast++;
                } else {
                    slow++;
                }
                if (g.pileOnline() && (g.state() == GunState.IDLE || g.state() == GunState.OCCUPIED)) {
                    free++;
                }
            }
        }
        double[] p = in(s, system);
        Price price = price(templateOf(s).flatMap(t -> tariffs.versionAt(t, now)).orElse(null), now);
        return new StationSummary(s.id(), s.name(), s.address(), s.cityCode(),
                BigDecimal.valueOf(p[0]).setScale(7, RoundingMode.HALF_UP), BigDecimal.valueOf(p[1]).setScale(7, RoundingMode.HALF_UP),
                system.name(), km == null ? null : BigDecimal.valueOf(km).setScale(2, RoundingMode.HALF_UP),
                s.openingHours(), s.stationType().name(), s.parkingFeeNote(), fast, slow, free, price, maxPower,
                StationFilters.parkingFeeType(s.parkingFeeNote()).name(),
                StationFilters.openAt(s.openingHours(), now.atZone(ZoneId.of(zone)).toLocalTime()));
    }

    private List<PileView> activePiles(Long stationId) {
        return piles.list(stationId, PileStatus.ACTIVE);
    }

    private Optional<Long> templateOf(StationView s) {
        if (s.tariffTemplateId() != null) {
            return Optional.of(s.tariffTemplateId());
        }
        return activePiles(s.id()).stream().map(PileView::tariffTemplateId).filter(java.util.Objects::nonNull).findFirst();
    }

    private Price price(Long versionId, Instant now) {
        if (versionId == null) {
            return null;
        }
        TouSchedule schedule = tariffs.schedule(versionId);
        LocalTime local = now.atZone(ZoneId.of(zone)).toLocalTime();
        RateType type = schedule.rateTypeAt(local);
        UnitPrice p = schedule.priceAt(local);
        return new Price(type.name(), p.electricityFee(), p.serviceFee(), p.electricityFee().add(p.serviceFee()));
    }

    private List<PricePeriod> priceTable(Long versionId) {
        if (versionId == null) {
            return List.of();
        }
        TouSchedule schedule = tariffs.schedule(versionId);
        List<PricePeriod> table = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= TouSchedule.SLOTS; i++) {
            if (i == TouSchedule.SLOTS || schedule.slots().get(i) != schedule.slots().get(start)) {
                RateType type = schedule.slots().get(start);
                UnitPrice p = schedule.price(type);
                table.add(new PricePeriod(LocalTime.MIN.plusMinutes(30L * start), LocalTime.MIN.plusMinutes(30L * i),
                        type.name(), p.electricityFee(), p.serviceFee(), p.electricityFee().add(p.serviceFee())));
                start = i;
            }
        }
        return table;
    }

    private static double[] in(StationView s, CoordinateSystem system) {
        double lng = s.longitude().doubleValue();
        double lat = s.latitude().doubleValue();
        if (s.coordinateSystem() == system) {
            return new double[] {lng, lat};
        }
        return system == CoordinateSystem.WGS84 ? Coordinates.gcjToWgs(lng, lat) : Coordinates.wgsToGcj(lng, lat);
    }

    private static BigDecimal bd(double v) {
        return BigDecimal.valueOf(v).setScale(7, RoundingMode.HALF_UP);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
