/**
 * The Jakarta Connectors resource adapter that hosts the YKC pile listener: it starts the Netty TCP server when the
 * container starts the adapter and closes it, with every pile connection, when the adapter stops. Settings come from
 * {@code ra.xml} config properties, overridden by {@code chargeops.pile.*} system properties or
 * {@code CHARGEOPS_PILE_*} environment variables, so one key serves the adapter and the application alike.
 */
package io.chargeops.pile.ra;
