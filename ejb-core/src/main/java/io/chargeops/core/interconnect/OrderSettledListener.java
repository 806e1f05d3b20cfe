package io.chargeops.core.interconnect;

import io.chargeops.core.charging.OrderSettled;
import io.chargeops.core.messaging.DomainEventPublisher;
import io.chargeops.jms.ChargeOpsDestinations;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Takes settled orders off {@code chargeops.order.settled} (published in the settlement's transaction) and queues the
 * partner's order push; a failure rolls back and the broker redelivers, and the push's unique key makes a
 * redelivery queue nothing twice. Delivery to the partner is the outbox's job, not this listener's.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = ChargeOpsDestinations.ORDER_SETTLED),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = ChargeOpsDestinations.RESOURCE_ADAPTER)
})
public class OrderSettledListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(OrderSettledListener.class.getName());

    @EJB
    PartnerPushes pushes;

    @Override
    public void onMessage(Message message) {
        try {
            pushes.orderSettled(DomainEventPublisher.read(((TextMessage) message).getText(), OrderSettled.class));
        } catch (JMSException e) {
            LOG.warning(() -> "Unreadable settled-order message " + message + ": " + e);
            throw new IllegalStateException(e);
        }
    }
}
