package io.chargeops.core.tariff;

import io.chargeops.core.tariff.pricing.TouSchedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Which tariff version prices a charging order: the one in force when the order starts. The order keeps that
 * version's id, so a new version taking effect during a session, or years later, never changes its bill.
 */
@Stateless
public class TariffInForce {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    /** The complete version of template {@code templateId} in force at {@code at}, if the template is active. */
    public Optional<Long> versionAt(Long templateId, Instant at) {
        if (templateId == null) {
            return Optional.empty();
        }
        TariffTemplate template = em.find(TariffTemplate.class, templateId);
        if (template == null || template.getStatus() != TariffStatus.ACTIVE) {
            return Optional.empty();
        }
        return template.versionInForceAt(at).filter(TariffTemplateVersion::isComplete).map(TariffTemplateVersion::getId);
    }

    /** The prices and half-hour slots of version {@code versionId}. */
    public TouSchedule schedule(Long versionId) {
        TariffTemplateVersion version = em.find(TariffTemplateVersion.class, versionId);
        if (version == null) {
            throw new IllegalArgumentException("no tariff version " + versionId);
        }
        return TouSchedule.fromVersion(version);
    }
}
