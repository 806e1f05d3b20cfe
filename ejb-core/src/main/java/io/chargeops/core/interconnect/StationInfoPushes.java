package io.chargeops.core.interconnect;

import io.chargeops.core.station.StationChanged;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code notification_stationInfo} (supervision platforms' "station info" push, Shanghai §9.2 {@code {"StationInfo":{…}}}):
 * when a station's data changes (the station context fires {@link StationChanged} in the transaction that writes it),
 * the station's current StationInfo — as {@code query_stations_info} sends it — is queued in the push outbox for each
 * partner that has the push on and sees the station. Same transaction, so a change that rolls back has no push; the
 * business key is the station and the change's instant. Delivery and retries are the outbox's ({@link PartnerPushes}).
 */
@Stateless
public class StationInfoPushes {

    static final String IFACE = "notification_stationInfo";
    private static final Logger LOG = Logger.getLogger(StationInfoPushes.class.getName());

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
        Optional<JsonObject> info = catalog.stationInfo(change.stationId());
        if (info.isEmpty()) {
            return 0;
        }
        String payload = Json.createObjectBuilder().add("StationInfo", info.get()).build().toString();
        String key = change.stationId() + "@" + change.at().toEpochMilli();
        int queued = 0;
        for (PartnerView p : targets) {
            if (outbox.enqueue(new PartnerCharges.NewPush(p.id(), IFACE, key, payload), change.at())) {
                queued++;
            }
        }
        int n = queued;
        LOG.info(() -> "Station " + change.stationId() + " " + change.what() + ": " + IFACE + " queued for " + n + " partner(s)");
        return queued;
    }
}
