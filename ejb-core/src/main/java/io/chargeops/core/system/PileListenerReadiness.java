package io.chargeops.core.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the resource adapter's pile listener accepts TCP, which is what a pile needs. */
@Readiness
@ApplicationScoped
public class PileListenerReadiness implements HealthCheck {

    @Inject
    @ConfigProperty(name = "chargeops.pile.port", defaultValue = "8767")
    int port;

    @Inject
    @ConfigProperty(name = "chargeops.pile.health-host", defaultValue = "127.0.0.1")
    String host;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("pile-listener").withData("port", port);
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(host, port), 1000);
            return response.up().build();
        } catch (IOException e) {
            return response.down().withData("error", e.toString()).build();
        }
    }
}
