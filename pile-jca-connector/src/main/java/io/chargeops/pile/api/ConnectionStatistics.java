package io.chargeops.pile.api;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.time.Instant;

/**
 * Counters of one open pile connection, so the console can show which pile sends bad frames or falls behind.
 *
 * @param pileCode       the logged-in pile, or the pile its login named, or null before any login
 * @param loggedIn       whether the connection is the pile's bound session
 * @param decodeErrors   rejected input (bad CRC, garbage, malformed bodies, ...)
 * @param queuedEvents   events waiting for delivery now
 * @param queueHighWater the longest this connection's queue has been
 * @param readPaused     whether reading is paused now because the queue is full
 */
public record ConnectionStatistics(
        String connectionId,
        PileCode pileCode,
        boolean loggedIn,
        String remoteAddress,
        Instant openedAt,
        long framesIn,
        long framesOut,
        long bytesIn,
        long bytesOut,
        long decodeErrors,
        long unknownFrames,
        int queuedEvents,
        int queueHighWater,
        boolean readPaused) {
}
