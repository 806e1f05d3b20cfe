/**
 * ChargeOps JMS wiring on Apache Artemis: the resource adapter deployed as {@code artemis-ra.rar}
 * ({@link io.chargeops.jms.EmbeddedBrokerResourceAdapter}), its embedded broker for the default run
 * ({@link io.chargeops.jms.EmbeddedBroker}), settings resolution ({@link io.chargeops.jms.JmsSettings}) and the
 * platform's destination names ({@link io.chargeops.jms.ChargeOpsDestinations}).
 */
package io.chargeops.jms;
