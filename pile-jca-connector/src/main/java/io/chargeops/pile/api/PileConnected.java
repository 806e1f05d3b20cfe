package io.chargeops.pile.api;

import java.time.Instant;

/** A TCP connection was accepted; the pile is not known until it sends its login (0x01). */
public record PileConnected(String connectionId, String remoteAddress, Instant at) implements PileEvent {
}
