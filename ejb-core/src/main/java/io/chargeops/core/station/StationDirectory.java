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

    public Optional<StationName> name(Long stationId) {
        if (stationId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Station.class, stationId)).map(s -> new StationName(s.getId(), s.getName()));
    }
}
