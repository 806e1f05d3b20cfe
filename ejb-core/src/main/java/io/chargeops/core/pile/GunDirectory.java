package io.chargeops.core.pile;

import io.chargeops.core.station.StationDirectory;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Looks guns up for the app and console. The registered facts (pile, station) come from the database; the state comes
 * from {@link LivePiles}, which heartbeats and real-time data update without a database write, so a change is visible
 * here as soon as the frame is processed.
 */
@Stateless
public class GunDirectory {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @Inject
    LivePiles live;

    @EJB
    StationDirectory stations;

    /** Empty for a gun code no registered pile has. */
    public Optional<GunStatusView> gun(GunCode code) {
        return em.createQuery("SELECT g FROM Gun g JOIN FETCH g.pile WHERE g.gunCode = :code", Gun.class)
                .setParameter("code", code.value())
                .getResultStream().findFirst()
                .map(gun -> {
                    Pile pile = gun.getPile();
                    boolean online = live.isOnline(pile.getPileCode());
                    GunState state = online
                            ? live.gunState(pile.getPileCode(), gun.getGunNo()).orElse(gun.getState())
                            : GunState.OFFLINE;
                    var station = stations.name(pile.getStationId());
                    return new GunStatusView(gun.getGunCode(), pile.getPileCode(), gun.getGunNo(), pile.getStationId(),
                            station.map(StationDirectory.StationName::name).orElse(null), state, online,
                            gun.getStateChangedAt());
                });
    }
}
