package io.chargeops.core.interconnect;

import io.chargeops.core.station.StationChanged;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code notification_stationInfo} (supervision platforms' "station info" push, Shanghai §9.2 {@code {"StationInfo":{…}}}):
 * when a station's data changes (the station context fires {@link StationChanged} in the transaction that writes it),
 * the station's current StationInfo — as {@code query_stations_info} sends it — is queued in the push outbox for each
 * partner that has the push on and sees the station. Same transaction, so a change that rolls back has no push; the
 * business key is the station, the change's instant and a hash of what was sent, so each change is queued once per
 * partner. A newer change supersedes an older one still being retried (the partner must not end on stale data).
 * Delivery and retries are the outbox's ({@link PartnerPushes}).
 */
@Stateless
public class StationInfoPushes {

    static final String IFACE = "notification_stationInfo";
    private static final Logger LOG = Logger.getLogger(StationInfoPushes.class.getName());

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    Partners partners;

    @EJB
    EvcsCatalog catalog;

    @EJB
    PartnerCharges outbox;

    public void stationChanged(@Observes(during = TransactionPhase.IN_PROGRESS) StationChanged change) {
        try {
            queue(change);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, IFACE + " for station " + change.stationId() + " not queued: " + e, e);
        }
    }

    int queue(StationChanged change) {
        List<PartnerView> targets = partners.pushingTo(IFACE).stream().filter(p -> p.sees(change.stationId())).toList();
        if (targets.isEmpty()) {
            return 0;
        }
        Optional<String> payload = payload(change.stationId());
        if (payload.isEmpty()) {
            return 0;
        }
        int queued = 0;
        for (PartnerView p : targets) {
            if (queue(p, change.stationId(), payload.get(), change.at())) {
                queued++;
            }
        }
        int n = queued;
        LOG.info(() -> "Station " + change.stationId() + " " + change.what() + ": " + IFACE + " queued for " + n + " partner(s)");
        return queued;
    }

    /**
     * Stations a partner newly sees (its shared-station scope grew): each one's StationInfo is queued for it, as a
     * change of what it sees. Called in the transaction that changes the scope.
     */
    public int nowShared(PartnerView partner, Collection<Long> stationIds, Instant at) {
        if (!partner.pushes(IFACE)) {
            return 0;
        }
        int queued = 0;
        for (Long stationId : stationIds) {
            Optional<String> payload = payload(stationId);
            if (payload.isPresent() && queue(partner, stationId, payload.get(), at)) {
                queued++;
            }
        }
        int n = queued;
        LOG.info(() -> "Partner " + partner.operatorId() + " now sees " + stationIds.size() + " more station(s): " + IFACE
                + " queued for " + n);
        return queued;
    }

    private Optional<String> payload(Long stationId) {
        return catalog.stationInfo(stationId)
                .map(info -> Json.createObjectBuilder().add("StationInfo", info).build().toString());
    }

    private boolean queue(PartnerView p, Long stationId, String payload, Instant at) {
        // the change's instant and what it made of the station: the same change seen twice queues nothing more, two
        // changes within one millisecond (several piles onboarded in one go) are two pushes, the last one complete
        String key = stationId + "@" + at.toEpochMilli() + "#" + String.format("%08x", payload.hashCode());
        // an older version of the station still being retried would arrive after this one: the partner gets this
        em.createQuery("UPDATE PartnerPush x SET x.status = :failed, x.lastError = :why WHERE x.partnerId = :p"
                        + " AND x.interfaceName = :i AND x.businessKey LIKE :k AND x.status = :pending AND x.attempts > 0")
                .setParameter("failed", PartnerPush.Status.FAILED)
                .setParameter("why", "superseded by the station's data at " + at)
                .setParameter("p", p.id()).setParameter("i", IFACE).setParameter("k", stationId + "@%")
                .setParameter("pending", PartnerPush.Status.PENDING).executeUpdate();
        return outbox.enqueue(new PartnerCharges.NewPush(p.id(), IFACE, key, payload), at);
    }
}
