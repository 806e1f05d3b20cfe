/**
 * The pile connector's contract with the application, and nothing else: the events the resource adapter delivers
 * to message-driven beans ({@link io.chargeops.pile.api.PileMessageListener}), and the outbound gateway EJBs use to
 * answer piles and send them commands ({@link io.chargeops.pile.api.PileGateway}). Free of container types so that
 * ejb-core and tests can use it as plain Java.
 */
package io.chargeops.pile.api;
