package io.chargeops.core.pile;

import java.time.Instant;

/** A gun as the ops API shows it: registered facts plus the live state this node knows. */
public record GunView(String gunCode, String pileCode, int gunNo, ConnectorType connectorType, GunState state,
                      boolean pileOnline, Long stationId, Instant stateChangedAt) {
}
