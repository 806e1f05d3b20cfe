package io.chargeops.core.pile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's own pile counters on {@code /metrics} (the connector's frame and byte counters are published by
 * {@link PileConnectorStatistics}). Prometheus names: {@code chargeops_pile_logins_total{result}},
 * {@code chargeops_pile_offline_total{reason}}, {@code chargeops_pile_gun_state_changes_total{state}},
 * {@code chargeops_pile_frames_rejected_total}, {@code chargeops_pile_frames_unhandled_total{type}},
 * {@code chargeops_pile_commands_total{command,result}}, {@code chargeops_pile_billing_model_inconsistent_total}. Without a registry (plain unit tests) it counts nothing.
 */
@ApplicationScoped
public class PileMetrics {

    @Inject
    MetricRegistry registry;

    void login(String result) {
        count("chargeops.pile.logins", new Tag("result", result));
    }

    void offline(String reason) {
        count("chargeops.pile.offline", new Tag("reason", reason));
    }

    void gunStateChanged(GunState state) {
        count("chargeops.pile.gun.state.changes", new Tag("state", state.name()));
    }

    void frameRejected() {
        count("chargeops.pile.frames.rejected");
    }

    void frameUnhandled(int type) {
        count("chargeops.pile.frames.unhandled", new Tag("type", String.format("0x%02X", type)));
    }

    void billingModelInconsistent() {
        count("chargeops.pile.billing.model.inconsistent");
    }

    void command(String command, PileCommandResult result) {
        count("chargeops.pile.commands", new Tag("command", command), new Tag("result", result.name()));
    }

    private void count(String name, Tag... tags) {
        if (registry != null) {
            registry.counter(name, tags).inc();
        }
    }
}
