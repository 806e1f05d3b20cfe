package io.chargeops.core.tariff;

import io.chargeops.core.RefusedException;
import io.chargeops.core.merchant.Merchants;
import io.chargeops.core.pile.PileRegistry;
import io.chargeops.core.station.StationDirectory;
import io.chargeops.core.station.StationService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Tariff templates for the ops API and console: create a template with its first version, add versions that take
 * effect now or at a given instant, assign a template to a station (every pile there) or to single piles. A version
 * never changes once written. When a version takes effect, or piles are assigned, every pile concerned is sent the
 * model in force (0x58) after the transaction commits ({@link TariffActivation}), and each pile's result is recorded
 * ({@link TariffIssues}); 0x05/0x09 answers come from the same versions ({@link BillingModels}).
 */
@Stateless
public class TariffService {

    private static final Logger LOG = Logger.getLogger(TariffService.class.getName());
    /** A price YKC can carry: 4 bytes at 0.00001 yuan is up to 42949.67295; anything near it is a typo anyway. */
    private static final BigDecimal MAX_FEE = new BigDecimal("10000");
    /** Clocks differ; an "effective from" this far in the past still means "now". */
    private static final Duration PAST_TOLERANCE = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @jakarta.ejb.EJB
    io.chargeops.core.audit.OperationLog operationLog;

    @EJB
    Merchants merchants;

    @EJB
    StationDirectory stationDirectory;

    @EJB
    StationService stations;

    @EJB
    PileRegistry piles;

    @EJB
    TariffActivation activation;

    Clock clock = Clock.systemUTC();

    /**
     * A new template whose version 1 is in force at once (no pile uses it yet, so nothing is pushed). {@code modelNo}
     * may be null: the next free number of the merchant is taken. Refused: unknown merchant (422
     * {@code unknown-merchant}), model number in use (409 {@code model-no-taken}), bad prices or slots (422
     * {@code invalid-tariff}).
     */
    public TariffView create(Long merchantId, String name, String modelNo, TariffPrices prices, String actor) {
        if (!merchants.exists(merchantId)) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "unknown-merchant", "No merchant " + merchantId);
        }
        validate(prices);
        Set<String> used = usedModelNumbers(merchantId);
        String number = modelNo;
        if (number == null) {
            number = nextModelNo(used);
        } else if (!number.matches("\\d{4}") || "0000".equals(number)) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-tariff",
                    "A model number is 4 digits other than 0000: " + number);
        } else if (used.contains(number)) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, "model-no-taken",
                    "Merchant " + merchantId + " already uses billing model number " + number);
        }
        Instant now = now();
        TariffTemplate template = new TariffTemplate(merchantId, name, number);
        TariffTemplateVersion version = template.newVersion(now);
        version.setModelNo(number);
        version.setCreatedBy(actor);
        version.markActivated(now);
        fill(version, prices);
        em.persist(template);
        em.flush();
        operationLog.record("tariff.create", "tariff", template.getId(), merchantId, null,
                described(template.getName(), versionView(version, version)));
        LOG.info(() -> "Tariff template " + template.getId() + " '" + name + "' (model " + template.getModelNo()
                + ") created for merchant " + merchantId + " by " + actor);
        return view(template, now);
    }

    /**
     * Adds the next version of {@code templateId}, in force from {@code effectiveFrom} (null = now; at most a couple of
     * minutes in the past, else 422 {@code effective-from-in-past}) with a fresh model number. The piles on this
     * template are sent the model when it takes effect: right after this commits, or at the instant by a timer.
     */
    public TariffVersionView addVersion(Long templateId, Instant effectiveFrom, TariffPrices prices, String actor) {
        TariffTemplate template = template(templateId);
        if (template.getStatus() != TariffStatus.ACTIVE) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, "tariff-archived", "Tariff " + templateId + " is archived");
        }
        validate(prices);
        Instant now = now();
        if (effectiveFrom != null && effectiveFrom.isBefore(now.minus(PAST_TOLERANCE))) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "effective-from-in-past",
                    "A version cannot take effect in the past (" + effectiveFrom + "): settled orders were priced already");
        }
        Instant from = effectiveFrom == null || effectiveFrom.isBefore(now) ? now : effectiveFrom.truncatedTo(ChronoUnit.MICROS);
        TariffTemplateVersion previous = template.versionInForceAt(now).orElse(null);
        Map<String, Object> before = previous == null ? null : described(template.getName(), versionView(previous, previous));
        TariffTemplateVersion version = template.newVersion(from);
        version.setModelNo(nextModelNo(usedModelNumbers(template.getMerchantId())));
        version.setCreatedBy(actor);
        fill(version, prices);
        em.flush();
        operationLog.record("tariff.version", "tariff", templateId, template.getMerchantId(), before,
                described(template.getName(), versionView(version, version)));
        activation.activateAt(version.getId(), from);
        LOG.info(() -> "Tariff template " + templateId + " version " + version.getVersionNo() + " (model "
                + version.getModelNo() + ") effective " + from + " added by " + actor);
        return versionView(version, template.versionInForceAt(now).orElse(null));
    }

    public List<TariffView> list(Long merchantId) {
        var query = merchantId == null
                ? em.createQuery("SELECT t FROM TariffTemplate t ORDER BY t.id", TariffTemplate.class)
                : em.createQuery("SELECT t FROM TariffTemplate t WHERE t.merchantId = :m ORDER BY t.id", TariffTemplate.class)
                        .setParameter("m", merchantId);
        Instant now = now();
        return query.getResultList().stream().map(t -> view(t, now)).toList();
    }

    public Optional<TariffView> find(Long templateId) {
        return templateId == null ? Optional.empty()
                : Optional.ofNullable(em.find(TariffTemplate.class, templateId)).map(t -> view(t, now()));
    }

    /**
     * Checks that piles or stations of {@code merchantId} may be put on {@code templateId}: it exists, is active, is
     * the merchant's and has a complete version in force. Refused with 422 {@code unknown-tariff} otherwise.
     */
    public void requireAssignable(Long templateId, Long merchantId) {
        TariffTemplate template = templateId == null ? null : em.find(TariffTemplate.class, templateId);
        if (template == null || template.getStatus() != TariffStatus.ACTIVE || !template.getMerchantId().equals(merchantId)) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "unknown-tariff",
                    "No active tariff " + templateId + " of merchant " + merchantId);
        }
        if (template.versionInForceAt(now()).filter(TariffTemplateVersion::isComplete).isEmpty()) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "unknown-tariff",
                    "Tariff " + templateId + " has no version in force yet");
        }
    }

    /**
     * Puts a station (all its piles, and piles added there later) or some of its piles on {@code templateId}; the piles
     * are sent the model right after this commits. Refused: unknown template (404 {@code unknown-tariff}), unknown
     * station (422 {@code unknown-station}), template of another merchant (422 {@code unknown-tariff}), a pile that is
     * not registered at the station (422 {@code pile-not-at-station}).
     */
    public TariffAssignmentView assign(Long templateId, Long stationId, List<String> pileCodes, String actor) {
        template(templateId);
        StationDirectory.StationRef station = stationDirectory.station(stationId).orElseThrow(() -> new RefusedException(
                RefusedException.Kind.UNPROCESSABLE, "unknown-station", "No station " + stationId));
        requireAssignable(templateId, station.merchantId());
        boolean stationWide = pileCodes == null || pileCodes.isEmpty();
        if (stationWide) {
            stations.assignTariff(stationId, templateId);
        }
        List<String> assigned = piles.assignTariff(stationId, stationWide ? null : pileCodes, templateId);
        Map<String, Object> assignment = new LinkedHashMap<>();
        assignment.put("stationId", stationId);
        assignment.put("stationWide", stationWide);
        assignment.put("piles", assigned);
        operationLog.record("tariff.assign", "tariff", templateId, station.merchantId(), null, assignment);
        activation.issueAfterCommit(templateId, assigned, TariffIssueTrigger.ASSIGNMENT, actor);
        LOG.info(() -> "Tariff " + templateId + " assigned to " + (stationWide ? "station " + stationId : "piles " + assigned
                + " of station " + stationId) + " by " + actor);
        return new TariffAssignmentView(templateId, stationId, stationWide, assigned);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** A version as the operation log compares it: name, model, start, each rate's two fees, and the 48 slots. */
    private static Map<String, Object> described(String name, TariffVersionView v) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("modelNo", v.modelNo());
        map.put("effectiveFrom", v.effectiveFrom());
        for (TariffVersionView.RateView rate : v.rates()) {
            map.put(rate.rateType().name(), rate.electricityFee().toPlainString() + " + " + rate.serviceFee().toPlainString());
        }
        map.put("slots", v.slots().stream().map(t -> t.name().substring(0, 1)).collect(java.util.stream.Collectors.joining()));
        return map;
    }

    private TariffTemplate template(Long templateId) {
        TariffTemplate template = templateId == null ? null : em.find(TariffTemplate.class, templateId);
        if (template == null) {
            throw new RefusedException(RefusedException.Kind.NOT_FOUND, "unknown-tariff", "No tariff " + templateId);
        }
        return template;
    }

    /** Four priced rate types (5 decimals at most, not negative) and 48 slots. */
    static void validate(TariffPrices prices) {
        if (prices == null) {
            throw invalid("prices missing");
        }
        for (RateType type : RateType.values()) {
            TariffPrices.Rate rate = prices.rates().get(type);
            if (rate == null || rate.electricityFee() == null || rate.serviceFee() == null) {
                throw invalid("rate " + type + " needs an electricity and a service fee");
            }
            fee(type + " electricity fee", rate.electricityFee());
            fee(type + " service fee", rate.serviceFee());
        }
        if (prices.rates().size() != RateType.values().length) {
            throw invalid("exactly the four rate types SHARP, PEAK, FLAT and VALLEY");
        }
        if (prices.slots().size() != TariffTemplateVersion.SLOTS_PER_DAY || prices.slots().contains(null)) {
            throw invalid("48 half-hour slots, each SHARP, PEAK, FLAT or VALLEY; got " + prices.slots().size());
        }
    }

    private static void fee(String what, BigDecimal fee) {
        if (fee.signum() < 0 || fee.compareTo(MAX_FEE) >= 0) {
            throw invalid(what + " must be between 0 and 10000 yuan per kWh: " + fee.toPlainString());
        }
        try {
            fee.setScale(TariffRate.PRICE_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw invalid(what + " has more than 5 decimals: " + fee.toPlainString());
        }
    }

    private static RefusedException invalid(String message) {
        return new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-tariff", "Invalid tariff: " + message);
    }

    private static void fill(TariffTemplateVersion version, TariffPrices prices) {
        prices.rates().forEach((type, rate) -> version.setRate(type, rate.electricityFee(), rate.serviceFee()));
        List<RateType> slots = prices.slots();
        for (int i = 0; i < slots.size(); i++) {
            version.assignSlots(i, i + 1, slots.get(i));
        }
    }

    private Set<String> usedModelNumbers(Long merchantId) {
        Set<String> used = new HashSet<>(em.createQuery("SELECT t.modelNo FROM TariffTemplate t WHERE t.merchantId = :m", String.class)
                .setParameter("m", merchantId).getResultList());
        used.addAll(em.createQuery("SELECT v.modelNo FROM TariffTemplateVersion v WHERE v.merchantId = :m AND v.modelNo IS NOT NULL",
                String.class).setParameter("m", merchantId).getResultList());
        return used;
    }

    /** The number after the highest one in use, wrapping after 9999; 0000 means "no model" to piles. */
    static String nextModelNo(Set<String> used) {
        int max = used.stream().filter(n -> n.matches("\\d{4}")).mapToInt(Integer::parseInt).max().orElse(0);
        for (int i = 1; i <= 9999; i++) {
            String candidate = String.format("%04d", (max + i - 1) % 9999 + 1);
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
        throw new RefusedException(RefusedException.Kind.CONFLICT, "model-numbers-exhausted",
                "All 9999 billing model numbers are in use by this merchant");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static TariffView view(TariffTemplate t, Instant now) {
        TariffTemplateVersion inForce = t.versionInForceAt(now).orElse(null);
        List<TariffVersionView> versions = t.getVersions().stream()
                .sorted(Comparator.comparingInt(TariffTemplateVersion::getVersionNo))
                .map(v -> versionView(v, inForce)).toList();
        return new TariffView(t.getId(), t.getMerchantId(), t.getName(), t.getModelNo(), t.getStatus(),
                inForce == null ? null : inForce.getVersionNo(), versions);
    }

    static TariffVersionView versionView(TariffTemplateVersion v, TariffTemplateVersion inForce) {
        Map<RateType, TariffVersionView.RateView> rates = new EnumMap<>(RateType.class);
        v.getRates().forEach(r -> rates.put(r.getRateType(),
                new TariffVersionView.RateView(r.getRateType(), r.getElectricityFee(), r.getServiceFee())));
        List<RateType> slots = new ArrayList<>();
        v.getSlots().forEach(s -> slots.add(s.getRateType()));
        return new TariffVersionView(v.getId(), v.getVersionNo(), v.getModelNo(), v.getEffectiveFrom(), v.getActivatedAt(),
                v == inForce, List.copyOf(rates.values()), slots, v.getCreatedBy(), v.getCreatedAt());
    }
}
