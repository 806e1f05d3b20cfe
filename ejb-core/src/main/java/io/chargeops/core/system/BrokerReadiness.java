package io.chargeops.core.system;

import io.chargeops.jms.ChargeOpsDestinations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when a JMS connection to the broker (embedded or remote) can be opened. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Resource(lookup = ChargeOpsDestinations.CONNECTION_FACTORY_JNDI)
    ConnectionFactory connectionFactory;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("broker");
        try (JMSContext context = connectionFactory.createContext()) {
            context.createQueue(ChargeOpsDestinations.AUDIT);
            return response.up().withData("provider", context.getMetaData().getJMSProviderName()).build();
        } catch (JMSRuntimeException | JMSException e) {
            return response.down().withData("error", e.toString()).build();
        }
    }
}
