package io.chargeops.core.pile;

import io.chargeops.core.RefusedException;
import io.chargeops.core.station.StationDirectory;
import io.chargeops.core.tariff.TariffService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The pile register for the ops API and console: register piles at a station, onboard free piles (游离电桩上线),
 * list piles and guns, and put piles on a tariff. Registered facts come from the database, "online" and gun state
 * from what this node knows live ({@link LivePiles}). One transaction per call.
 */
@Stateless
public class PileRegistry {

    private static final Logger LOG = Logger.getLogger(PileRegistry.class.getName());

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @jakarta.ejb.EJB
    io.chargeops.core.audit.OperationLog operationLog;

    @Inject
    LivePiles live;

    @Inject
    jakarta.enterprise.event.Event<io.chargeops.core.station.StationChanged> stationChanges;

    @EJB
    StationDirectory stations;

    @EJB
    TariffService tariffs;

    @EJB
    PileCatalogue catalogue;

    @EJB
    io.chargeops.core.charging.ChargingOrders orders;

    /**
     * Registers a pile at a station with its guns; it is ACTIVE, so its first login is accepted. Refused: unknown
     * station (422 {@code unknown-station}), code already registered (409 {@code pile-exists}) or known as a free
     * pile (409 {@code pile-is-free}: onboard it instead), no tariff given and none on the station or a tariff of
     * another merchant (422 {@code no-tariff} / {@code unknown-tariff}), guns that do not match (422 {@code invalid-pile}).
     */
    public PileView register(NewPile p, String actor) {
        StationDirectory.StationRef station = station(p.stationId());
        Optional<Pile> existing = find(p.pileCode());
        if (existing.isPresent()) {
            boolean free = existing.get().getStatus() == PileStatus.FREE;
            throw new RefusedException(RefusedException.Kind.CONFLICT, free ? "pile-is-free" : "pile-exists", free
                    ? "Pile " + p.pileCode() + " logged in before and waits as a free pile: onboard it instead"
                    : "Pile " + p.pileCode() + " is registered already");
        }
        Long templateId = tariff(p.tariffTemplateId(), station);
        Pile pile;
        try {
            pile = Pile.registered(station.merchantId(), station.id(), p.pileCode(), p.pileType(), p.ratedPowerKw(),
                    p.gunCount() == null ? 0 : p.gunCount());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(e.getMessage());
        }
        details(pile, p, templateId);
        addGuns(pile, p.guns());
        em.persist(pile);
        em.flush();
        operationLog.record("pile.register", "pile", p.pileCode(), pile.getMerchantId(), null, view(pile));
        stationChanges.fire(new io.chargeops.core.station.StationChanged(station.id(), "pile " + p.pileCode() + " registered",
                java.time.Instant.now()));
        LOG.info(() -> "Pile " + p.pileCode() + " registered at station " + station.id() + " with " + pile.getGunCount()
                + " guns on tariff " + templateId + " by " + actor);
        return view(pile);
    }

    /**
     * 上线: binds a free pile to a station and tariff, creates its guns (as many as it reported) and makes it ACTIVE,
     * so its next login is accepted. Refused: unknown pile (404 {@code unknown-pile}), pile not free (409
     * {@code pile-not-free}), and as {@link #register}.
     */
    public PileView onboard(String pileCode, NewPile p, String actor) {
        Pile pile = lockedForChange(pileCode).orElseThrow(() -> unknown(pileCode));
        if (pile.getStatus() != PileStatus.FREE) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, "pile-not-free",
                    "Pile " + pileCode + " is " + pile.getStatus() + ", not a free pile");
        }
        StationDirectory.StationRef station = station(p.stationId());
        Long templateId = tariff(p.tariffTemplateId(), station);
        PileView before = view(pile);
        pile.onboard(station.merchantId(), station.id(), templateId);
        details(pile, p, templateId);
        addGuns(pile, p.guns());
        em.flush();
        operationLog.record("pile.onboard", "pile", pileCode, pile.getMerchantId(), before, view(pile));
        stationChanges.fire(new io.chargeops.core.station.StationChanged(station.id(), "pile " + pileCode + " onboarded",
                java.time.Instant.now()));
        LOG.info(() -> "Free pile " + pileCode + " onboarded at station " + station.id() + " with " + pile.getGunCount()
                + " guns on tariff " + templateId + " by " + actor + "; its next login is accepted");
        return view(pile);
    }

    /**
     * Changes a registered pile's name, catalogue model, rated power or maker/model text. Refused: a pile the caller
     * does not see (404 {@code unknown-pile}), a free pile (409 {@code pile-is-free}: onboard it), an unknown model (422
     * {@code unknown-model}), a model of the other type or another gun count than the pile reported (422
     * {@code model-mismatch}), a power not above 0 (422 {@code invalid-pile}).
     */
    public PileView update(String pileCode, PileEdit e, String actor) {
        Pile pile = lockedForChange(pileCode).orElseThrow(() -> unknown(pileCode));
        if (pile.getStatus() == PileStatus.FREE) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, "pile-is-free",
                    "Pile " + pileCode + " is a free pile: onboard it to a station first");
        }
        PileView before = view(pile);
        BigDecimal power = e.ratedPowerKw();
        if (e.pileModelId() != null) {
            PileModelView model = catalogue.model(e.pileModelId()).orElseThrow(() -> new RefusedException(
                    RefusedException.Kind.UNPROCESSABLE, "unknown-model", "No pile model " + e.pileModelId()));
            if (model.pileType() != pile.getPileType() || model.gunCount() != pile.getGunCount()) {
                throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "model-mismatch", "Model " + model.modelCode()
                        + " is " + model.pileType() + " with " + model.gunCount() + " guns, pile " + pileCode + " is "
                        + pile.getPileType() + " with " + pile.getGunCount());
            }
            pile.setPileModel(model.id(), model.manufacturerName(), model.modelCode());
            if (power == null) {
                power = model.ratedPowerKw();
            }
        } else {
            pile.setPileModel(null, blankToNull(e.manufacturer()), blankToNull(e.model()));
        }
        if (power != null && (power.signum() <= 0 || power.compareTo(new BigDecimal("999999.99")) > 0)) {
            throw invalid("rated power must be above 0 kW: " + power);
        }
        pile.setRatedPowerKw(power);
        pile.setName(blankToNull(e.pileName()));
        em.flush();
        operationLog.record("pile.update", "pile", pileCode, pile.getMerchantId(), before, view(pile));
        stationChanges.fire(new io.chargeops.core.station.StationChanged(pile.getStationId(), "pile " + pileCode + " edited",
                java.time.Instant.now()));
        LOG.info(() -> "Pile " + pileCode + " edited by " + actor);
        return view(pile);
    }

    /**
     * 解绑: takes a pile off its station and merchant; it is a free pile (游离电桩) again, listed for onboarding (the way to
     * rebind it). Its guns and tariff assignment go with the merchant; its live session stays open but reports nothing
     * any more, and its next login is refused like any free pile's until it is onboarded. Refused: unknown pile (404
     * {@code unknown-pile}), a free pile (409 {@code pile-is-free}), a gun charging or with an order in progress —
     * starting, charging, or waiting for its transaction record (409 {@code pile-in-use}).
     */
    public PileView unbind(String pileCode, String actor) {
        Pile pile = lockedForChange(pileCode).orElseThrow(() -> unknown(pileCode));
        if (pile.getStatus() == PileStatus.FREE) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, "pile-is-free", "Pile " + pileCode + " is not bound");
        }
        for (Gun gun : pile.getGuns()) {
            boolean charging = live.gunState(pileCode, gun.getGunNo()).orElse(gun.getState()) == GunState.CHARGING;
            if (charging || orders.inProgressOn(gun.getGunCode()).isPresent()) {
                throw new RefusedException(RefusedException.Kind.CONFLICT, "pile-in-use", "Gun " + gun.getGunNo()
                        + " of pile " + pileCode + " is charging or has an order in progress: stop it and let it settle first");
            }
        }
        Long stationId = pile.getStationId();
        Long merchantId = pile.getMerchantId();
        PileView before = view(pile);
        pile.unbind();
        em.flush();
        // logged under the merchant it left, which is the one that wants to know
        operationLog.record("pile.unbind", "pile", pileCode, merchantId, before, view(pile));
        live.unbound(pileCode);
        stationChanges.fire(new io.chargeops.core.station.StationChanged(stationId, "pile " + pileCode + " unbound",
                java.time.Instant.now()));
        LOG.info(() -> "Pile " + pileCode + " unbound from station " + stationId + " of merchant " + merchantId + " by " + actor
                + "; it is a free pile again");
        return view(pile);
    }

    /** Piles, optionally of one station and/or in one status, by code. */
    public List<PileView> list(Long stationId, PileStatus status) {
        StringBuilder jpql = new StringBuilder("SELECT p FROM Pile p WHERE 1 = 1");
        if (stationId != null) {
            jpql.append(" AND p.stationId = :station");
        }
        if (status != null) {
            jpql.append(" AND p.status = :status");
        }
        var query = em.createQuery(jpql.append(" ORDER BY p.pileCode").toString(), Pile.class);
        if (stationId != null) {
            query.setParameter("station", stationId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList().stream().map(this::view).toList();
    }

    /** One pile by its 14-digit code. */
    public Optional<PileView> pile(String pileCode) {
        return find(pileCode).map(this::view);
    }

    /** Free piles (游离电桩) waiting for an operator, newest login first. */
    public List<PileView> freePiles() {
        return em.createQuery("SELECT p FROM Pile p WHERE p.status = :free ORDER BY p.lastLoginAt DESC, p.pileCode", Pile.class)
                .setParameter("free", PileStatus.FREE)
                .getResultList().stream().map(this::view).toList();
    }

    /** A registered gun with its live state; empty for an unknown code. */
    public Optional<GunView> gun(GunCode code) {
        return em.createQuery("SELECT g FROM Gun g JOIN FETCH g.pile WHERE g.gunCode = :code", Gun.class)
                .setParameter("code", code.value())
                .getResultStream().findFirst()
                .map(this::gunView);
    }

    /** The tariff a pile is billed by, if it has one. */
    public Optional<Long> tariffOf(String pileCode) {
        Pile pile = find(pileCode).orElseThrow(() -> unknown(pileCode));
        return Optional.ofNullable(pile.getTariffTemplateId());
    }

    /**
     * Puts piles of a station on {@code templateId}: all of them when {@code pileCodes} is null, else those named
     * (each must be registered at that station: 404 {@code unknown-pile} / 422 {@code pile-not-at-station}). The
     * caller has checked the template. Returns the codes of the piles now on it.
     */
    public List<String> assignTariff(Long stationId, List<String> pileCodes, Long templateId) {
        List<Pile> concerned = new ArrayList<>();
        if (pileCodes == null) {
            concerned.addAll(em.createQuery("SELECT p FROM Pile p WHERE p.stationId = :s AND p.status <> :free ORDER BY p.pileCode",
                    Pile.class).setParameter("s", stationId).setParameter("free", PileStatus.FREE).getResultList());
        } else {
            for (String code : new java.util.LinkedHashSet<>(pileCodes)) {
                Pile pile = find(code).orElseThrow(() -> unknown(code));
                if (!stationId.equals(pile.getStationId())) {
                    throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "pile-not-at-station",
                            "Pile " + code + " is not registered at station " + stationId);
                }
                concerned.add(pile);
            }
        }
        concerned.forEach(p -> p.setTariffTemplateId(templateId));
        return concerned.stream().map(Pile::getPileCode).toList();
    }

    /** Codes of the ACTIVE piles billed by {@code templateId}: those a new version of it concerns. */
    public List<String> activePileCodesWithTariff(Long templateId) {
        return em.createQuery("SELECT p.pileCode FROM Pile p WHERE p.tariffTemplateId = :t AND p.status = :active "
                        + "ORDER BY p.pileCode", String.class)
                .setParameter("t", templateId).setParameter("active", PileStatus.ACTIVE)
                .getResultList();
    }

    /** Codes of the ACTIVE piles connected to this node now (the daily time sync's list). */
    public List<String> onlinePileCodes() {
        return em.createQuery("SELECT p.pileCode FROM Pile p WHERE p.status = :active ORDER BY p.pileCode", String.class)
                .setParameter("active", PileStatus.ACTIVE)
                .getResultList().stream().filter(live::isOnline).toList();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /**
     * The pile row under a row lock, re-read: an operator's change races the pile's own logins and reports, which
     * write the same row (a free pile retries its login every few seconds), and must wait for them rather than fail
     * on the version.
     */
    private Optional<Pile> lockedForChange(String pileCode) {
        Optional<Pile> pile = find(pileCode);
        pile.ifPresent(p -> em.lock(p, LockModeType.PESSIMISTIC_WRITE));
        return pile;
    }

    private Optional<Pile> find(String pileCode) {
        return em.createQuery("SELECT p FROM Pile p WHERE p.pileCode = :code", Pile.class)
                .setParameter("code", pileCode)
                .getResultStream().findFirst();
    }

    private StationDirectory.StationRef station(Long stationId) {
        return stations.station(stationId).orElseThrow(() -> new RefusedException(RefusedException.Kind.UNPROCESSABLE,
                "unknown-station", "No station " + stationId));
    }

    private Long tariff(Long given, StationDirectory.StationRef station) {
        Long templateId = given != null ? given : station.tariffTemplateId();
        if (templateId == null) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "no-tariff", "Station " + station.id()
                    + " has no tariff: give tariffTemplateId, or assign the station a tariff first");
        }
        tariffs.requireAssignable(templateId, station.merchantId());
        return templateId;
    }

    private static void details(Pile pile, NewPile p, Long templateId) {
        pile.setTariffTemplateId(templateId);
        if (p.ratedPowerKw() != null) {
            pile.setRatedPowerKw(p.ratedPowerKw());
        }
        if (p.manufacturer() != null) {
            pile.setManufacturer(p.manufacturer());
        }
        if (p.model() != null) {
            pile.setModel(p.model());
        }
    }

    /** Guns 1..gunCount; given ones must be exactly those numbers. */
    private static void addGuns(Pile pile, List<NewPile.NewGun> given) {
        int count = pile.getGunCount();
        ConnectorType standard = pile.getPileType() == PileType.AC ? ConnectorType.GBT_AC : ConnectorType.GBT_DC;
        if (given == null || given.isEmpty()) {
            for (int no = 1; no <= count; no++) {
                pile.addGun(no, standard);
            }
            return;
        }
        Set<Integer> numbers = new HashSet<>();
        for (NewPile.NewGun gun : given) {
            if (gun == null || gun.gunNo() < 1 || gun.gunNo() > count || !numbers.add(gun.gunNo())) {
                throw invalid("guns must be numbered 1.." + count + ", each once");
            }
        }
        if (numbers.size() != count) {
            throw invalid("the pile has " + count + " guns; give all of them or none");
        }
        given.stream().sorted(java.util.Comparator.comparingInt(NewPile.NewGun::gunNo))
                .forEach(g -> pile.addGun(g.gunNo(), g.connectorType() == null ? standard : g.connectorType()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static RefusedException invalid(String message) {
        return new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-pile", message);
    }

    private static RefusedException unknown(String pileCode) {
        return new RefusedException(RefusedException.Kind.NOT_FOUND, "unknown-pile", "No pile " + pileCode);
    }

    private PileView view(Pile p) {
        return new PileView(p.getPileCode(), p.getMerchantId(), p.getStationId(), p.getPileType(), p.getRatedPowerKw(),
                p.getGunCount(), p.getManufacturer(), p.getModel(), p.getProtocolVersion(), p.getFirmwareVersion(),
                p.getSimNo(), p.getNetworkType(), p.getStatus(), live.isOnline(p.getPileCode()), p.getTariffTemplateId(),
                p.getLastLoginAt(), p.getCreatedAt(), p.getGuns().stream().map(this::gunView).toList(),
                live.billingModelOf(p.getPileCode()).orElse(null), p.getName(), p.getPileModelId());
    }

    private GunView gunView(Gun gun) {
        Pile pile = gun.getPile();
        boolean online = live.isOnline(pile.getPileCode());
        GunState state = online ? live.gunState(pile.getPileCode(), gun.getGunNo()).orElse(gun.getState()) : GunState.OFFLINE;
        return new GunView(gun.getGunCode(), pile.getPileCode(), gun.getGunNo(), gun.getConnectorType(), state, online,
                pile.getStationId(), gun.getStateChangedAt());
    }
}
