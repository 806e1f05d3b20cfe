package io.chargeops.core.pile;

import io.chargeops.core.RefusedException;
import io.chargeops.core.persistence.DataScope;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The hardware catalogue (厂商/型号): manufacturers and their pile models. Every account reads it; only platform
 * accounts write it (a maker's model is the same for every operator), refused below the UI with 422
 * {@code catalogue-platform-only} for merchant accounts. One transaction per call.
 */
@Stateless
public class PileCatalogue {

    private static final Logger LOG = Logger.getLogger(PileCatalogue.class.getName());

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @jakarta.ejb.EJB
    io.chargeops.core.audit.OperationLog operationLog;

    /** A manufacturer's editable fields. */
    public record ManufacturerForm(String name, String contactName, String contactPhone, String remark) {
    }

    /** A model's editable fields. */
    public record ModelForm(Long manufacturerId, String modelCode, PileType pileType, BigDecimal ratedPowerKw,
                            Integer gunCount, PileProtocol protocol, String remark) {
    }

    public List<ManufacturerView> manufacturers() {
        Map<Long, Long> counts = em.createQuery("SELECT m.manufacturerId, COUNT(m) FROM PileModel m GROUP BY m.manufacturerId",
                Object[].class).getResultList().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return em.createQuery("SELECT m FROM Manufacturer m ORDER BY m.name", Manufacturer.class).getResultList().stream()
                .map(m -> view(m, counts.getOrDefault(m.getId(), 0L))).toList();
    }

    /** Models, of one manufacturer when given, by manufacturer name and model code. */
    public List<PileModelView> models(Long manufacturerId) {
        Map<Long, String> names = em.createQuery("SELECT m FROM Manufacturer m", Manufacturer.class).getResultList().stream()
                .collect(Collectors.toMap(Manufacturer::getId, Manufacturer::getName));
        var query = manufacturerId == null
                ? em.createQuery("SELECT m FROM PileModel m", PileModel.class)
                : em.createQuery("SELECT m FROM PileModel m WHERE m.manufacturerId = :mf", PileModel.class)
                        .setParameter("mf", manufacturerId);
        return query.getResultList().stream().map(m -> view(m, names))
                .sorted(java.util.Comparator.comparing(PileModelView::manufacturerName).thenComparing(PileModelView::modelCode))
                .toList();
    }

    public Optional<PileModelView> model(Long modelId) {
        return Optional.ofNullable(modelId == null ? null : em.find(PileModel.class, modelId))
                .map(m -> view(m, Map.of(m.getManufacturerId(), manufacturer(m.getManufacturerId()).getName())));
    }

    /** Refused: merchant account, blank name (422 {@code invalid-manufacturer}), name taken (409 {@code manufacturer-exists}). */
    public ManufacturerView createManufacturer(ManufacturerForm f, String actor) {
        platformOnly();
        String name = required(f.name(), "invalid-manufacturer", "name");
        nameFree(name, null);
        Manufacturer m = new Manufacturer(name);
        m.contact(trim(f.contactName()), trim(f.contactPhone()), trim(f.remark()));
        em.persist(m);
        em.flush();
        ManufacturerView created = view(m, 0);
        operationLog.record("manufacturer.create", "manufacturer", m.getId(), null, null, created);
        LOG.info(() -> "Manufacturer " + m.getId() + " " + name + " created by " + actor);
        return created;
    }

    /** As {@link #createManufacturer}; 404 {@code unknown-manufacturer}. */
    public ManufacturerView updateManufacturer(Long id, ManufacturerForm f, String actor) {
        platformOnly();
        Manufacturer m = manufacturer(id);
        String name = required(f.name(), "invalid-manufacturer", "name");
        nameFree(name, id);
        long models = models(id).size();
        ManufacturerView before = view(m, models);
        m.rename(name);
        m.contact(trim(f.contactName()), trim(f.contactPhone()), trim(f.remark()));
        em.flush();
        ManufacturerView after = view(m, models);
        operationLog.record("manufacturer.update", "manufacturer", id, null, before, after);
        LOG.info(() -> "Manufacturer " + id + " edited by " + actor);
        return after;
    }

    /**
     * Refused: merchant account, unknown manufacturer (404), missing code/type/protocol, power ≤ 0, guns outside 1..99
     * (422 {@code invalid-model}), code taken at that manufacturer (409 {@code model-exists}).
     */
    public PileModelView createModel(ModelForm f, String actor) {
        platformOnly();
        Manufacturer maker = manufacturer(f.manufacturerId());
        String code = required(f.modelCode(), "invalid-model", "model code");
        codeFree(maker.getId(), code, null);
        PileModel model;
        try {
            model = new PileModel(maker.getId(), code, f.pileType(), f.ratedPowerKw(), f.gunCount() == null ? 0 : f.gunCount(),
                    f.protocol());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-model", e.getMessage());
        }
        model.setRemark(trim(f.remark()));
        em.persist(model);
        em.flush();
        PileModelView created = view(model, Map.of(maker.getId(), maker.getName()));
        operationLog.record("pile-model.create", "pile-model", model.getId(), null, null, created);
        LOG.info(() -> "Pile model " + model.getId() + " " + maker.getName() + " " + code + " created by " + actor);
        return created;
    }

    /**
     * As {@link #createModel}; 404 {@code unknown-model}. Piles already of this model keep what they were given (their
     * power and gun count are facts of each pile).
     */
    public PileModelView updateModel(Long id, ModelForm f, String actor) {
        platformOnly();
        PileModel model = Optional.ofNullable(id == null ? null : em.find(PileModel.class, id)).orElseThrow(() ->
                new RefusedException(RefusedException.Kind.NOT_FOUND, "unknown-model", "No pile model " + id));
        Manufacturer maker = manufacturer(model.getManufacturerId());
        String code = required(f.modelCode(), "invalid-model", "model code");
        codeFree(maker.getId(), code, id);
        PileModelView before = view(model, Map.of(maker.getId(), maker.getName()));
        try {
            model.describe(code, f.pileType(), f.ratedPowerKw(), f.gunCount() == null ? 0 : f.gunCount(), f.protocol());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-model", e.getMessage());
        }
        model.setRemark(trim(f.remark()));
        em.flush();
        PileModelView after = view(model, Map.of(maker.getId(), maker.getName()));
        operationLog.record("pile-model.update", "pile-model", id, null, before, after);
        LOG.info(() -> "Pile model " + id + " edited by " + actor);
        return after;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static void platformOnly() {
        if (!DataScope.current().isAll()) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "catalogue-platform-only",
                    "The manufacturer and model catalogue is kept by platform accounts");
        }
    }

    private Manufacturer manufacturer(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Manufacturer.class, id)).orElseThrow(() ->
                new RefusedException(RefusedException.Kind.NOT_FOUND, "unknown-manufacturer", "No manufacturer " + id));
    }

    private void nameFree(String name, Long self) {
        boolean taken = em.createQuery("SELECT m.id FROM Manufacturer m WHERE m.name = :n", Long.class).setParameter("n", name)
                .getResultList().stream().anyMatch(id -> !id.equals(self));
        if (taken) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, "manufacturer-exists", "Manufacturer " + name + " exists");
        }
    }

    private void codeFree(Long manufacturerId, String code, Long self) {
        boolean taken = em.createQuery("SELECT m.id FROM PileModel m WHERE m.manufacturerId = :mf AND m.modelCode = :c", Long.class)
                .setParameter("mf", manufacturerId).setParameter("c", code)
                .getResultList().stream().anyMatch(id -> !id.equals(self));
        if (taken) {
            throw new RefusedException(RefusedException.Kind.CONFLICT, "model-exists", "Model " + code + " exists");
        }
    }

    private static String required(String value, String slug, String what) {
        String v = trim(value);
        if (v == null) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, slug, what + " is required");
        }
        return v;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static ManufacturerView view(Manufacturer m, long models) {
        return new ManufacturerView(m.getId(), m.getName(), m.getContactName(), m.getContactPhone(), m.getRemark(), models,
                m.getCreatedAt());
    }

    private static PileModelView view(PileModel m, Map<Long, String> names) {
        return new PileModelView(m.getId(), m.getManufacturerId(), names.getOrDefault(m.getManufacturerId(), "?"),
                m.getModelCode(), m.getPileType(), m.getRatedPowerKw(), m.getGunCount(), m.getProtocol(), m.getRemark());
    }
}
