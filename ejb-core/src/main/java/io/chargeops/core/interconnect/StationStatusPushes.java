package io.chargeops.core.interconnect;

import io.chargeops.core.pile.GunStateChanged;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code notification_stationStatus}: every gun state change the pile context writes is queued in the push outbox for
 * each partner that has the push switched on and sees the gun's station, in the transaction that writes the gun row
 * (the CDI event {@link GunStateChanged} is observed in progress): a change that commits has its pushes, one that
 * rolls back has none. The business key is the connector and the change's instant, so a push exists once; a newer
 * change supersedes the connector's older pushes still pending, so a partner that was down is not walked through
 * stale states after the current one. Delivery and retries are the outbox's ({@link PartnerPushes}).
 */
@Stateless
public class StationStatusPushes {

    static final String IFACE = "notification_stationStatus";
    private static final Logger LOG = Logger.getLogger(StationStatusPushes.class.getName());

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    Partners partners;

    @EJB
    PartnerCharges outbox;

    public void gunChanged(@Observes(during = TransactionPhase.IN_PROGRESS) GunStateChanged change) {
        try {
            queue(change);
        } catch (RuntimeException e) {
            // never let a partner push undo the gun's own state
            LOG.log(Level.WARNING, "notification_stationStatus for gun " + change.gunCode() + " not queued: " + e, e);
        }
    }

    /** @return how many pushes were queued */
    int queue(GunStateChanged change) {
        List<PartnerView> targets = partners.pushingTo(IFACE);
        if (targets.isEmpty()) {
            return 0;
        }
        Long stationId = em.createQuery("SELECT p.stationId FROM SharedPile p WHERE p.pileCode = :c", Long.class)
                .setParameter("c", change.pileCode()).getResultStream().findFirst().orElse(null);
        if (stationId == null) {
            return 0;
        }
        String connectorId = change.gunCode().trim();
        int status = EvcsCatalog.connectorStatus(change.to().name(), change.pileOnline());
        String payload = payload(connectorId, status);
        String key = connectorId + "@" + change.at().toEpochMilli();
        int queued = 0;
        for (PartnerView p : targets) {
            if (!p.sees(stationId)) {
                continue;
            }
            em.createQuery("UPDATE PartnerPush x SET x.status = :failed, x.lastError = :why WHERE x.partnerId = :p"
                            + " AND x.interfaceName = :i AND x.businessKey LIKE :k AND x.status = :pending AND x.attempts > 0")
                    .setParameter("failed", PartnerPush.Status.FAILED)
                    .setParameter("why", "superseded by the connector's state at " + change.at())
                    .setParameter("p", p.id()).setParameter("i", IFACE).setParameter("k", connectorId + "@%")
                    .setParameter("pending", PartnerPush.Status.PENDING).executeUpdate();
            if (outbox.enqueue(new PartnerCharges.NewPush(p.id(), IFACE, key, payload), change.at())) {
                queued++;
            }
        }
        int n = queued;
        LOG.fine(() -> "Gun " + connectorId + " " + change.from() + " -> " + change.to() + ": " + IFACE + " queued for " + n + " partner(s)");
        return queued;
    }

    static String payload(String connectorId, int status) {
        return Json.createObjectBuilder().add("ConnectorStatusInfo", Json.createObjectBuilder()
                .add("ConnectorID", connectorId).add("Status", status).add("ParkStatus", 0).add("LockStatus", 0))
                .build().toString();
    }
}
