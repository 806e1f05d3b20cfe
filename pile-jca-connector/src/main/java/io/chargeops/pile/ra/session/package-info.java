/**
 * The pile connections themselves: the Netty TCP server, the per-connection protocol handler, the session registry
 * (pile code → live connection), heartbeat supervision, request/answer correlation and the counters.
 *
 * <p>What runs where: everything in {@link io.chargeops.pile.ra.session.PileChannelHandler} and the timers
 * (idle and heartbeat supervision) runs on the connection's Netty IO thread and never blocks: it decodes, answers
 * heartbeats (0x04, protocol-only), completes waiting {@code request()} futures and appends events to the
 * connection's queue. {@link io.chargeops.pile.ra.session.SessionGateway} runs on the caller's container thread
 * (an EJB using {@code PileGateway}); it writes through the thread-safe channel and waits on futures there.
 */
package io.chargeops.pile.ra.session;
