package io.chargeops.core.pile;

import java.time.Instant;

/**
 * A gun's state changed and the change is being written: fired as a CDI event by {@link PileRecords} inside the
 * transaction that writes the gun row, so an observer that queues work (the interconnect's
 * {@code notification_stationStatus} outbox) commits with the change or not at all. Observers must not throw.
 *
 * @param pileOnline whether the pile is online after the change (a pile going offline takes every gun OFFLINE)
 */
public record GunStateChanged(String pileCode, int gunNo, String gunCode, GunState from, GunState to,
                              boolean pileOnline, Instant at) {
}
