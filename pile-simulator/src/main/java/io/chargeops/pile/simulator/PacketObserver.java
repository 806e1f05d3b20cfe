package io.chargeops.pile.simulator;

import io.chargeops.pile.protocol.ykc.YkcPacket;

/**
 * Sees every packet a simulated pile writes (just before it is handed to the socket) and every packet it decodes
 * (before the pile reacts to it), with {@link System#nanoTime()} of that moment. Called on the pile's event loop, so
 * an observer that belongs to one pile needs no locks for its own state. Used by load runs to measure
 * request-to-answer latency (e.g. heartbeat 0x03 to ack 0x04); it must be cheap and must not block.
 */
@FunctionalInterface
public interface PacketObserver {
    void onPacket(boolean outbound, YkcPacket packet, long nanoTime);
}
