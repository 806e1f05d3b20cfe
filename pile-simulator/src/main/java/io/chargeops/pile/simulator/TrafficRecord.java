package io.chargeops.pile.simulator;

import io.chargeops.pile.protocol.ykc.YkcPacket;
import java.time.Instant;

/** One packet a simulated pile sent or received. */
public record TrafficRecord(Instant at, boolean outbound, YkcPacket packet) {
}
