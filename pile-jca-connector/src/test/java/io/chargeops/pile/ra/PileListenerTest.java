package io.chargeops.pile.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PileListenerTest {

    private static final PileListenerSettings RA_DEFAULTS = new PileListenerSettings("0.0.0.0", 8767, 45, 0);

    @Test
    void systemPropertyWinsOverEnvironmentWhichWinsOverTheAdapterConfig() {
        Properties system = new Properties();
        system.setProperty("chargeops.pile.port", "9001");
        Map<String, String> env = Map.of("CHARGEOPS_PILE_PORT", "9002", "CHARGEOPS_PILE_IDLE_TIMEOUT_SECONDS", "30");

        PileListenerSettings settings = PileListenerSettings.resolve(RA_DEFAULTS, system, env);

        assertThat(settings).isEqualTo(new PileListenerSettings("0.0.0.0", 9001, 30, 0));
    }

    @Test
    void invalidPortIsRejectedWithTheKeyName() {
        assertThatThrownBy(() -> PileListenerSettings.resolve(RA_DEFAULTS, new Properties(), Map.of("CHARGEOPS_PILE_PORT", "70000")))
                .hasMessageContaining("chargeops.pile.port");
    }

    @Test
    void listenerAcceptsTcpAndClosesAllConnectionsOnStop() throws Exception {
        PileListener listener = new PileListener(new PileListenerSettings("127.0.0.1", 0, 45, 1));
        listener.start();
        try (Socket pile = new Socket()) {
            pile.connect(new InetSocketAddress("127.0.0.1", listener.boundAddress().getPort()), 2000);
            pile.setSoTimeout(5000);
            awaitConnections(listener, 1);

            listener.stop();

            // the server closed our socket: read returns end of stream
            assertThat(pile.getInputStream().read()).isEqualTo(-1);
        }
    }

    private static void awaitConnections(PileListener listener, int expected) throws InterruptedException {
        for (int i = 0; i < 100 && listener.connectionCount() < expected; i++) {
            Thread.sleep(20);
        }
        assertThat(listener.connectionCount()).isEqualTo(expected);
    }
}
