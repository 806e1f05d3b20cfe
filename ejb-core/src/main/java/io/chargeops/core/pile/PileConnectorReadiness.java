package io.chargeops.core.pile;

import io.chargeops.pile.api.ConnectorStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when pile events can reach the application: the connector's gateway factory is bound (the resource
 * definition found its adapter) and at least one message endpoint ({@link PileMessageMdb}) is activated on it. A
 * missing or misnamed RAR otherwise leaves the MDB silently absent while the TCP port still accepts piles
 * (ARCHITECTURE §1); the {@code pile-listener} check only proves the port.
 */
@Readiness
@ApplicationScoped
public class PileConnectorReadiness implements HealthCheck {

    @Inject
    PileConnectorStatistics statistics;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("pile-connector");
        try {
            ConnectorStatistics now = statistics.snapshot();
            response.withData("endpointsActive", now.endpointsActive())
                    .withData("connectionsOpen", now.connectionsOpen())
                    .withData("pilesOnline", now.pilesOnline());
            return now.endpointsActive() > 0 ? response.up().build()
                    : response.down().withData("error", "no pile message endpoint (MDB) is active on the adapter").build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.toString()).build();
        }
    }
}
