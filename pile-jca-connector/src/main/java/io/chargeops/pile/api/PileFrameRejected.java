package io.chargeops.pile.api;

import io.chargeops.pile.protocol.ykc.DecodeResult;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.time.Instant;

/**
 * Bytes from a pile that are not a valid v1.6 frame ({@link io.chargeops.pile.protocol.ykc.FrameError}) or a frame of a
 * type this platform does not know ({@link io.chargeops.pile.protocol.ykc.UnknownFrame}); counted and logged by the
 * adapter, delivered so the application can keep a per-pile record. {@code pileCode} is null when neither the frame
 * nor a login on the connection names the pile.
 */
public record PileFrameRejected(String connectionId, PileCode pileCode, DecodeResult rejected, Instant at)
        implements PileEvent {
}
