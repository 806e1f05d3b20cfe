package io.chargeops.core.pile;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The database side of the pile path, one short transaction per call. {@link PileService} calls these and only then
 * answers the pile, so a pile never hears "accepted" for a login whose row did not commit, and a quick re-login on a
 * second connection reads the first one's committed row instead of racing it.
 */
@Stateless
public class PileRecords {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    /** Gun state changes, observed in the same transaction (the interconnect queues its status pushes). */
    @Inject
    Event<GunStateChanged> gunChanges;

    /** What a login decided, and what the live registry needs to know when it was accepted. */
    public record LoginDecision(boolean accepted, String reason, Map<Integer, GunState> guns) {
    }

    /** What a pile reports in its login frame (0x01). */
    public record Reported(String pileCode, PileType type, int gunCount, String protocolVersion, String firmware,
                           String sim, String network) {
    }

    /**
     * Records a login: keeps what the pile reported; a registered active pile is accepted and marked online; an
     * unknown one becomes a free pile (游离电桩); free and disabled piles are refused.
     */
    public LoginDecision login(Reported reported, Instant at) {
        Pile pile = find(reported.pileCode()).orElse(null);
        if (pile == null) {
            pile = Pile.free(reported.pileCode(), reported.type(), reported.gunCount(), reported.protocolVersion(),
                    reported.firmware(), reported.sim());
            pile.recordLogin(reported.protocolVersion(), reported.firmware(), reported.sim(), reported.network(), at);
            em.persist(pile);
            return new LoginDecision(false, "unknown pile recorded as free pile (游离电桩), awaiting onboarding", Map.of());
        }
        pile.recordLogin(reported.protocolVersion(), reported.firmware(), reported.sim(), reported.network(), at);
        if (pile.getStatus() != PileStatus.ACTIVE) {
            return new LoginDecision(false, pile.getStatus() == PileStatus.FREE ? "free pile not onboarded yet"
                    : "pile is " + pile.getStatus(), Map.of());
        }
        pile.setOnline(true);
        Map<Integer, GunState> guns = new TreeMap<>();
        pile.getGuns().forEach(g -> guns.put(g.getGunNo(), g.getState()));
        return new LoginDecision(true, "registered", guns);
    }

    /** The pile and every gun offline. */
    public void offline(String pileCode, Instant at) {
        find(pileCode).ifPresent(pile -> {
            pile.setOnline(false);
            for (Gun gun : pile.getGuns()) {
                GunState from = gun.getState();
                if (gun.changeState(GunState.OFFLINE, at)) {
                    changed(new GunStateChanged(pileCode, gun.getGunNo(), gun.getGunCode(), from,
                            GunState.OFFLINE, false, at));
                }
            }
        });
    }

    public void gunState(String pileCode, int gunNo, GunState state, Instant at) {
        em.createQuery("SELECT g FROM Gun g WHERE g.gunCode = :code", Gun.class)
                .setParameter("code", Gun.codeOf(pileCode, gunNo))
                .getResultStream().findFirst()
                .ifPresent(gun -> {
                    GunState from = gun.getState();
                    if (gun.changeState(state, at)) {
                        changed(new GunStateChanged(pileCode, gunNo, gun.getGunCode(), from, state,
                                gun.getPile().isOnline(), at));
                    }
                });
    }

    private void changed(GunStateChanged change) {
        if (gunChanges != null) { // null only in plain unit tests without CDI
            gunChanges.fire(change);
        }
    }

    /** The tariff template whose billing model the pile should hold, if it has one. */
    public Optional<Long> tariffTemplateOf(String pileCode) {
        return find(pileCode).map(Pile::getTariffTemplateId);
    }

    /** Who owns a registered pile and which tariff template prices it (empty for an unknown or free pile). */
    public record PileOwner(Long merchantId, Long stationId, Long tariffTemplateId) {
    }

    public Optional<PileOwner> owner(String pileCode) {
        return find(pileCode).filter(p -> p.getMerchantId() != null)
                .map(p -> new PileOwner(p.getMerchantId(), p.getStationId(), p.getTariffTemplateId()));
    }

    /** Free piles (游离电桩) waiting for an operator, newest login first. */
    public List<Pile> freePiles() {
        return em.createQuery("SELECT p FROM Pile p WHERE p.status = :free ORDER BY p.lastLoginAt DESC", Pile.class)
                .setParameter("free", PileStatus.FREE)
                .getResultList();
    }

    private Optional<Pile> find(String pileCode) {
        return em.createQuery("SELECT p FROM Pile p WHERE p.pileCode = :code", Pile.class)
                .setParameter("code", pileCode)
                .getResultStream().findFirst();
    }
}
