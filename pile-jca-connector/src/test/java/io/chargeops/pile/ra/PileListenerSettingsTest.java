package io.chargeops.pile.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PileListenerSettingsTest {

    private static final String KEY = "0123456789ABCDEFFEDCBA9876543210";

    @Test
    void systemPropertyWinsOverEnvironmentWhichWinsOverTheAdapterConfig() {
        Properties system = new Properties();
        system.setProperty("chargeops.pile.port", "9001");
        Map<String, String> env = Map.of("CHARGEOPS_PILE_PORT", "9002", "CHARGEOPS_PILE_IDLE_TIMEOUT_SECONDS", "30",
                "CHARGEOPS_PILE_MISSED_HEARTBEATS", "5", "CHARGEOPS_PILE_MAX_QUEUED_EVENTS", "64");

        PileListenerSettings settings = PileListenerSettings.resolve(PileListenerSettings.DEFAULTS, system, env);

        assertThat(settings.port()).isEqualTo(9001);
        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.heartbeatTimeout()).isEqualTo(Duration.ofSeconds(50));
        assertThat(settings.maxQueuedEvents()).isEqualTo(64);
        assertThat(settings.resumeQueuedEvents()).isEqualTo(32);
        assertThat(settings.heartbeatPeriod()).isEqualTo(Duration.ofSeconds(10)); // untouched default
    }

    @Test
    void invalidValuesAreRejectedWithTheKeyName() {
        assertThatThrownBy(() -> PileListenerSettings.resolve(PileListenerSettings.DEFAULTS, new Properties(),
                Map.of("CHARGEOPS_PILE_PORT", "70000"))).hasMessageContaining("chargeops.pile.port");
        assertThatThrownBy(() -> PileListenerSettings.resolve(PileListenerSettings.DEFAULTS, new Properties(),
                Map.of("CHARGEOPS_PILE_MISSED_HEARTBEATS", "many"))).hasMessageContaining("chargeops.pile.missed-heartbeats");
    }

    @Test
    void keysAreParsedPerPileAndNeverShown() {
        PileListenerSettings settings = PileListenerSettings.resolve(PileListenerSettings.DEFAULTS, new Properties(),
                Map.of("CHARGEOPS_PILE_KEYS", "32010600000001:" + KEY));

        assertThat(settings.encryptionKeys().keyFor(Optional.of(PileCode.of("32010600000001")))).isPresent();
        assertThat(settings.encryptionKeys().keyFor(Optional.of(PileCode.of("32010600000002")))).isEmpty();
        assertThat(settings.toString()).doesNotContain(KEY).contains("keys=1 pile(s)");
        assertThatThrownBy(() -> PileListenerSettings.resolve(PileListenerSettings.DEFAULTS, new Properties(),
                Map.of("CHARGEOPS_PILE_KEYS", "32010600000001:ABCD"))).hasMessageNotContaining("ABCD")
                .hasMessageContaining("16 or 24 bytes");
    }
}
