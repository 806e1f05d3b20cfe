/**
 * Outbound side of the pile adapter: the JCA connection definition whose connection factory is
 * {@link io.chargeops.pile.api.PileGatewayFactory} and whose connection is {@link io.chargeops.pile.api.PileGateway}.
 * Managed connections hold no sockets (those belong to the adapter's server); they exist so the container pools and
 * tracks handles as for any resource. No transaction support. Callers' threads (EJBs) do the waiting; see
 * {@link io.chargeops.pile.ra.session.SessionGateway}.
 */
package io.chargeops.pile.ra.outbound;
