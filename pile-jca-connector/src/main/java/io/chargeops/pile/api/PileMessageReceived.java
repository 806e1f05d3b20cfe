package io.chargeops.pile.api;

import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.time.Instant;

/**
 * A decoded frame from a pile. Replies to it go through {@link PileGateway#reply} so they reuse its connection and
 * sequence number. Frames that answer a command sent with {@link PileGateway#request} go to the waiting caller
 * instead of being delivered here; late answers (after the caller gave up) are delivered here.
 */
public record PileMessageReceived(String connectionId, PileCode pileCode, YkcPacket packet, Instant at)
        implements PileEvent {
}
