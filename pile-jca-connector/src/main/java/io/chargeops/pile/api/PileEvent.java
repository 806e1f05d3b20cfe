package io.chargeops.pile.api;

import java.time.Instant;

/**
 * Something that happened on a pile connection. {@code connectionId} names the TCP connection (unique for the life of
 * the node), so a reply can go back on the connection a request came in on even before the pile has logged in.
 */
public sealed interface PileEvent
        permits PileConnected, PileMessageReceived, PileFrameRejected, PileDisconnected {

    String connectionId();

    Instant at();
}
