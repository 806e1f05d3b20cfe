package io.chargeops.core.tariff;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The database side of pushing tariffs, each call committing on its own ({@code REQUIRES_NEW}) like the pile command
 * log: a PENDING row exists before the frame leaves, and the pile's result is kept whatever else happens.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TariffIssueLog {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    /** A version that was just activated by this call, and whether it is the one in force (not already superseded). */
    public record Activated(Long templateId, int versionNo, boolean inForce) {
    }

    /** Versions whose effective instant has passed but whose change was not pushed yet. */
    public List<Long> due(Instant now) {
        return em.createQuery("SELECT v.id FROM TariffTemplateVersion v WHERE v.activatedAt IS NULL AND v.effectiveFrom <= :now "
                        + "ORDER BY v.effectiveFrom", Long.class)
                .setParameter("now", now)
                .getResultList();
    }

    /** Marks the version activated; empty when it is unknown or was activated before (by the timer or the sweep). */
    public Optional<Activated> markActivated(Long versionId, Instant now) {
        TariffTemplateVersion version = em.find(TariffTemplateVersion.class, versionId);
        if (version == null || version.getActivatedAt() != null) {
            return Optional.empty();
        }
        // a conditional update, so two nodes (or timer and sweep) cannot both win
        int won = em.createQuery("UPDATE TariffTemplateVersion v SET v.activatedAt = :now WHERE v.id = :id AND v.activatedAt IS NULL")
                .setParameter("now", now).setParameter("id", versionId).executeUpdate();
        if (won == 0) {
            return Optional.empty();
        }
        TariffTemplate template = version.getTemplate();
        boolean inForce = template.versionInForceAt(now).map(v -> v.getId().equals(versionId)).orElse(false);
        return Optional.of(new Activated(template.getId(), version.getVersionNo(), inForce));
    }

    public long opened(BillingModels.InForce model, String pileCode, TariffIssueTrigger trigger, String actor, Instant at) {
        TariffIssueRecord record = new TariffIssueRecord(model.merchantId(), model.templateId(), model.versionId(), pileCode,
                model.model().id().digits(), trigger, actor, at);
        em.persist(record);
        em.flush();
        return record.getId();
    }

    public TariffIssueView closed(long id, TariffIssueResult result, String detail, Instant at) {
        TariffIssueRecord record = em.find(TariffIssueRecord.class, id);
        record.close(result, detail, at);
        return record.toView(versionNo(record.getVersionId()));
    }

    /** The newest results of one template, optionally of one pile, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TariffIssueView> recent(Long templateId, String pileCode, int limit) {
        var query = pileCode == null
                ? em.createQuery("SELECT r FROM TariffIssueRecord r WHERE r.templateId = :t ORDER BY r.issuedAt DESC, r.id DESC",
                        TariffIssueRecord.class)
                : em.createQuery("SELECT r FROM TariffIssueRecord r WHERE r.templateId = :t AND r.pileCode = :p "
                        + "ORDER BY r.issuedAt DESC, r.id DESC", TariffIssueRecord.class).setParameter("p", pileCode);
        List<TariffIssueRecord> records = query.setParameter("t", templateId).setMaxResults(limit).getResultList();
        Map<Long, Integer> versionNos = records.stream().map(TariffIssueRecord::getVersionId).distinct()
                .collect(Collectors.toMap(Function.identity(), this::versionNo));
        return records.stream().map(r -> r.toView(versionNos.get(r.getVersionId()))).toList();
    }

    private int versionNo(Long versionId) {
        TariffTemplateVersion version = em.find(TariffTemplateVersion.class, versionId);
        return version == null ? 0 : version.getVersionNo();
    }
}
