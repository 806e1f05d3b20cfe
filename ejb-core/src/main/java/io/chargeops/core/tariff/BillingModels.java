package io.chargeops.core.tariff;

import io.chargeops.pile.protocol.ykc.message.BillingModel;
import io.chargeops.pile.protocol.ykc.message.Tariff;
import io.chargeops.pile.protocol.ykc.types.BillingModelId;
import io.chargeops.pile.protocol.ykc.types.RatePeriod;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A tariff template's version in force, as the YKC billing model a pile holds (0x0A, and later 0x58). The pile context
 * asks for it when a pile verifies (0x05) or requests (0x09) its model right after login, and {@link TariffIssues}
 * pushes it (0x58) when a version takes effect. The model number is the version's own ({@code model_no} of the
 * version, each new version gets a fresh one), so a pile still holding an older version is told "inconsistent".
 */
@Stateless
public class BillingModels {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    /** The model of template {@code templateId} in force at {@code at}; empty when there is none or it is incomplete. */
    public Optional<BillingModel> inForce(Long templateId, Instant at) {
        if (templateId == null) {
            return Optional.empty();
        }
        TariffTemplate template = em.find(TariffTemplate.class, templateId);
        if (template == null || template.getStatus() != TariffStatus.ACTIVE) {
            return Optional.empty();
        }
        return template.versionInForceAt(at).filter(TariffTemplateVersion::isComplete)
                .map(version -> toModel(version.getModelNo(), version));
    }

    /** The version in force with its model, for pushing it and recording which version went out. */
    public record InForce(Long templateId, Long merchantId, Long versionId, int versionNo, BillingModel model) {
    }

    /** Like {@link #inForce} but says which version it is. */
    public Optional<InForce> versionInForce(Long templateId, Instant at) {
        if (templateId == null) {
            return Optional.empty();
        }
        TariffTemplate template = em.find(TariffTemplate.class, templateId);
        if (template == null || template.getStatus() != TariffStatus.ACTIVE) {
            return Optional.empty();
        }
        return template.versionInForceAt(at).filter(TariffTemplateVersion::isComplete)
                .map(v -> new InForce(template.getId(), template.getMerchantId(), v.getId(), v.getVersionNo(),
                        toModel(v.getModelNo(), v)));
    }

    static BillingModel toModel(String modelNo, TariffTemplateVersion version) {
        List<RatePeriod> slots = new ArrayList<>(TariffTemplateVersion.SLOTS_PER_DAY);
        version.getSlots().forEach(slot -> slots.add(RatePeriod.ofCode(slot.getRateType().ykcCode())));
        return new BillingModel(BillingModelId.of(modelNo), tariff(version, RateType.SHARP), tariff(version, RateType.PEAK),
                tariff(version, RateType.FLAT), tariff(version, RateType.VALLEY), 0, slots);
    }

    /** A rate type no slot uses may be left unpriced; the pile still needs four tariffs, so it gets zero. */
    private static Tariff tariff(TariffTemplateVersion version, RateType type) {
        return version.getRates().stream().filter(r -> r.getRateType() == type).findFirst()
                .map(rate -> new Tariff(rate.getElectricityFee(), rate.getServiceFee()))
                .orElseGet(() -> new Tariff(java.math.BigDecimal.ZERO.setScale(TariffRate.PRICE_SCALE),
                        java.math.BigDecimal.ZERO.setScale(TariffRate.PRICE_SCALE)));
    }
}
