package io.chargeops.core.identity;

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

/** Takes sign-in attempts off the audit queue into the audit log; a failure rolls back and the broker redelivers. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = ChargeOpsDestinations.AUDIT),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = ChargeOpsDestinations.RESOURCE_ADAPTER)
})
public class ConsoleAuditListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ConsoleAuditListener.class.getName());

    @EJB
    ConsoleSignIns signIns;

    @Override
    public void onMessage(Message message) {
        try {
            signIns.record(DomainEventPublisher.read(((TextMessage) message).getText(), ConsoleSignInAttempt.class));
        } catch (JMSException e) {
            LOG.warning(() -> "Unreadable audit message " + message + ": " + e);
            throw new IllegalStateException(e);
        }
    }
}
