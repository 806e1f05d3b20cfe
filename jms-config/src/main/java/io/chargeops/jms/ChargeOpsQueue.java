package io.chargeops.jms;

import org.apache.activemq.artemis.jms.client.ActiveMQQueue;

/**
 * Queue admin object of the resource adapter. Payara's {@code @JMSDestinationDefinition} handling sets the
 * destination name through a {@code Name} property, which Artemis's own {@code ActiveMQQueue} lacks.
 */
public class ChargeOpsQueue extends ActiveMQQueue {

    private static final long serialVersionUID = 1L;

    public ChargeOpsQueue() {
        super();
    }

    public void setName(String name) {
        setAddress(name);
    }
}
