package io.chargeops.jms;

import org.apache.activemq.artemis.jms.client.ActiveMQTopic;

/** Topic admin object of the resource adapter (see {@link ChargeOpsQueue}). */
public class ChargeOpsTopic extends ActiveMQTopic {

    private static final long serialVersionUID = 1L;

    public ChargeOpsTopic() {
        super();
    }

    public void setName(String name) {
        setAddress(name);
    }
}
