package io.chargeops.core.station;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** What other contexts may know about a station without touching its table: its id and name, for display. */
@Stateless
public class StationDirectory {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    public record StationName(Long id, String name) {
    }

    /** What the pile and tariff contexts need to bind a pile to a station. */
    public record StationRef(Long id, Long merchantId, String name, Long tariffTemplateId) {
    }

    public Optional<StationRef> station(Long stationId) {
        if (stationId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Station.class, stationId))
                .map(s -> new StationRef(s.getId(), s.getMerchantId(), s.getName(), s.getTariffTemplateId()));
    }

    public Optional<StationName> name(Long stationId) {
        if (stationId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Station.class, stationId)).map(s -> new StationName(s.getId(), s.getName()));
    }
}
