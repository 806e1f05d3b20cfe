/**
 * The Jakarta Connectors resource adapter that hosts the YKC pile listener (model: Payara Cloud-Connectors' split).
 * {@link io.chargeops.pile.ra.PileResourceAdapter} starts the Netty TCP server ({@code session}) with the adapter and
 * stops it, with every pile connection, when the adapter stops; {@code inbound} delivers pile events to
 * {@link io.chargeops.pile.api.PileMessageListener} MDBs; {@code outbound} is the {@link io.chargeops.pile.api.PileGateway}
 * connection factory. Settings come from {@code ra.xml} config properties, overridden by {@code chargeops.pile.*}
 * system properties or {@code CHARGEOPS_PILE_*} environment variables ({@link io.chargeops.pile.ra.PileListenerSettings}).
 *
 * <h2>What runs where</h2>
 * <ul>
 * <li><b>Netty IO threads</b> ({@code ykc-accept}, {@code ykc-io-*}, daemon, created by the adapter): accept, read,
 * decode, count, answer heartbeats (0x04), complete waiting {@code request()} futures, append events to the
 * connection's queue, write, and run the idle and heartbeat timers. They never block and never call application
 * code.</li>
 * <li><b>Container threads from {@code BootstrapContext.getWorkManager()}</b>: one delivery {@code Work} per
 * connection at a time drains that connection's queue into the MDB (before/afterDelivery when transacted). Order per
 * connection, parallelism across connections.</li>
 * <li><b>Application threads</b> (EJBs calling {@code PileGateway}): write to the channel and wait for the write and,
 * for {@code request()}, for the answer future.</li>
 * <li><b>The container thread calling start/stop/endpointDeactivation</b>: binds and closes the port and waits
 * (bounded, 5 s) for closing connections' events to be delivered.</li>
 * </ul>
 */
package io.chargeops.pile.ra;
