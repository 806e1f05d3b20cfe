package io.chargeops.core.station;

import java.time.Instant;

/**
 * A station's data changed (opened, a pile registered or onboarded at it): fired as a CDI event inside the
 * transaction that writes the change, so an observer that queues work (the interconnect's
 * {@code notification_stationInfo} outbox) commits with it or not at all. Observers must not throw.
 */
public record StationChanged(Long stationId, String what, Instant at) {
}
