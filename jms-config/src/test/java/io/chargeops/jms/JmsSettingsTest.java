package io.chargeops.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class JmsSettingsTest {

    private static JmsSettings.Source map(Map<String, String> m) {
        return key -> Optional.ofNullable(m.get(key));
    }

    @Test
    void defaultsGiveAnEmbeddedBrokerUnderDataArtemis() {
        JmsSettings s = JmsSettings.resolve(List.of(), Map.of());

        assertThat(s.mode()).isEqualTo(JmsMode.EMBEDDED);
        assertThat(s.dataDir()).isEqualTo(Path.of("data/artemis").toAbsolutePath());
        assertThat(s.redeliveryDelayMs()).isEqualTo(5_000);
        assertThat(s.maxDeliveryAttempts()).isEqualTo(10);
        assertThat(s.embeddedAcceptor()).isNull();
        assertThat(s.user()).isNull();
    }

    @Test
    void firstSourceWinsThenLaterSourcesThenAdapterProperties() {
        Map<String, String> adapter = new HashMap<>();
        adapter.put(JmsSettings.MODE, "embedded");
        adapter.put(JmsSettings.DATA_DIR, "/from/ra-xml");
        adapter.put(JmsSettings.URL, "tcp://ra-xml:61616");
        adapter.put(JmsSettings.USER, "");            // blank ra.xml value = unset
        adapter.put(JmsSettings.MAX_DELIVERY_ATTEMPTS, "3");

        JmsSettings.Source mpConfig = map(Map.of(JmsSettings.MODE, "remote"));
        JmsSettings.Source sysProps = map(Map.of(JmsSettings.MODE, "embedded", JmsSettings.URL, "tcp://sys:61616"));
        JmsSettings.Source env = JmsSettings.environment(Map.of(
                "CHARGEOPS_JMS_URL", "tcp://env:61616",
                "CHARGEOPS_JMS_USER", "chargeops",
                "CHARGEOPS_JMS_PASSWORD", "s3cret",
                "CHARGEOPS_JMS_DATA_DIR", "/from/env"));

        JmsSettings s = JmsSettings.resolve(List.of(mpConfig, sysProps, env), adapter);

        assertThat(s.mode()).isEqualTo(JmsMode.REMOTE);               // MP Config beats system property
        assertThat(s.url()).isEqualTo("tcp://sys:61616");             // system property beats env and ra.xml
        assertThat(s.user()).isEqualTo("chargeops");                  // env fills what ra.xml left blank
        assertThat(s.dataDir()).isEqualTo(Path.of("/from/env"));      // env beats ra.xml
        assertThat(s.maxDeliveryAttempts()).isEqualTo(3);             // ra.xml beats built-in default
        assertThat(s.describe()).doesNotContain("s3cret").contains("password=****");
        assertThat(s.toString()).doesNotContain("s3cret");
    }

    @Test
    void blankValuesInAHigherSourceDoNotHideALowerOne() {
        JmsSettings s = JmsSettings.resolve(
                List.of(map(Map.of(JmsSettings.MODE, "  ")), map(Map.of(JmsSettings.MODE, "REMOTE"))), Map.of());

        assertThat(s.mode()).isEqualTo(JmsMode.REMOTE);
        assertThat(s.url()).isEqualTo(JmsSettings.DEFAULT_URL);
    }

    @Test
    void environmentNamesFollowMicroProfileMapping() {
        JmsSettings.Source env = JmsSettings.environment(Map.of("CHARGEOPS_JMS_MODE", "remote"));

        assertThat(env.apply("chargeops.jms.mode")).contains("remote");
        assertThat(env.apply("chargeops.jms.url")).isEmpty();
    }

    @Test
    void rejectsAnUnknownModeAndBadNumbers() {
        assertThatThrownBy(() -> JmsSettings.resolve(List.of(), Map.of(JmsSettings.MODE, "openmq")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("embedded' or 'remote");
        assertThatThrownBy(() -> JmsSettings.resolve(List.of(), Map.of(JmsSettings.MAX_DELIVERY_ATTEMPTS, "ten")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-delivery-attempts");
    }

    @Test
    void withoutMicroProfileOnTheClassPathStandardSourcesAreSystemPropertiesAndEnv() {
        List<JmsSettings.Source> sources = JmsSettings.standardSources(getClass().getClassLoader());

        assertThat(sources).hasSize(2);
        System.setProperty(JmsSettings.DATA_DIR, "/tmp/from-sysprop");
        try {
            assertThat(JmsSettings.resolve(sources, Map.of()).dataDir()).isEqualTo(Path.of("/tmp/from-sysprop"));
        } finally {
            System.clearProperty(JmsSettings.DATA_DIR);
        }
    }
}
