/**
 * Inbound side of the pile adapter: the activation spec of {@link io.chargeops.pile.api.PileMessageListener} MDBs,
 * the registry of activated endpoints, and ordered delivery.
 *
 * <p>What runs where: a Netty IO thread decodes a frame and appends the resulting event to its connection's
 * {@link io.chargeops.pile.ra.inbound.EventQueue} (non-blocking). If that queue was idle, one
 * {@link io.chargeops.pile.ra.inbound.DeliveryWork} is scheduled on the container's {@code WorkManager}; on that
 * container thread the work takes an endpoint from the {@code MessageEndpointFactory}, wraps the call in
 * before/afterDelivery when the container declares it transacted, and delivers the queue's events one at a time. One
 * work per connection at a time gives per-pile order; separate connections run on separate container threads. A full
 * queue pauses reading from its socket instead of growing.
 */
package io.chargeops.pile.ra.inbound;
