package io.chargeops.jms;

import java.util.List;

/**
 * Names of the JMS destinations the platform uses. They are the Artemis address and queue names
 * (anycast for queues), and the {@code destination} an MDB activates against.
 *
 * <p>This class has no dependency on Artemis or Jakarta so that producer/consumer code can use the
 * constants in annotations (they are compile-time constants and get inlined).
 */
public final class ChargeOpsDestinations {

    /** Order settled (after commit) → T/CEC {@code notification_charge_order_info} push to partners. */
    public static final String ORDER_SETTLED = "chargeops.order.settled";

    /** Order settled / other business events → marketing rule evaluation (coupons, points, campaigns). */
    public static final String MARKETING_TRIGGER = "chargeops.marketing.trigger";

    /** User / operator notifications (SMS, app push, console message). */
    public static final String NOTIFICATION = "chargeops.notification";

    /** Console sign-ins and operator actions → the audit log (written by an MDB, so a slow log never slows sign-in). */
    public static final String AUDIT = "chargeops.audit";

    /** Dead-letter address: messages that failed {@code max-delivery-attempts} times land here. */
    public static final String DEAD_LETTER = "chargeops.DLQ";

    /** Expiry address: messages whose JMS expiration passed land here. */
    public static final String EXPIRY = "chargeops.expiry";

    /** Artemis address-settings match covering every platform destination. */
    public static final String ADDRESS_MATCH = "chargeops.#";

    /** The business queues, pre-created (durable, anycast) by the embedded broker. */
    public static final List<String> QUEUES = List.of(ORDER_SETTLED, MARKETING_TRIGGER, NOTIFICATION, AUDIT);

    /** JNDI name the application binds its connection factory to (via {@code @JMSConnectionFactoryDefinition}). */
    public static final String CONNECTION_FACTORY_JNDI = "java:app/jms/chargeops";

    /**
     * Deployed name of the resource adapter ({@code artemis-ra.rar} deployed on its own): Payara Micro, and Payara
     * Server with the RAR deployed beside the EAR. Used both in resource definitions and in MDB bindings.
     */
    public static final String RESOURCE_ADAPTER = "artemis-ra";

    /**
     * {@code artemis-ra.rar} embedded in {@code chargeops.ear}: the name to use in {@code @JMSConnectionFactoryDefinition}
     * / {@code @JMSDestinationDefinition} (Payara rejects "chargeops#artemis-ra" there and prefixes the application itself).
     */
    public static final String RESOURCE_ADAPTER_IN_EAR_FOR_DEFINITIONS = "#artemis-ra";

    /** {@code artemis-ra.rar} embedded in {@code chargeops.ear}: the name an MDB binds to. */
    public static final String RESOURCE_ADAPTER_IN_EAR_FOR_MDB = "chargeops#artemis-ra";

    private ChargeOpsDestinations() {
    }
}
