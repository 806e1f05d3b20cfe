package io.chargeops.pile.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.pile.api.PileConnected;
import io.chargeops.pile.api.PileDisconnected;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class ResourceAdapterLifecycleTest {

    private static final PileCode PILE = PileCode.of("32010600000001");

    @Test
    void startBindsThePortAndStopReleasesItAndClosesConnectionsWithConnectorStopping() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            int port = h.port();
            assertThat(port).isPositive();
            assertThatThrownBy(() -> new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress()).close())
                    .as("port is taken while the adapter runs").isInstanceOf(java.net.BindException.class);
            h.acceptLogins();
            TestPile pile = h.online(PILE);

            h.stop();

            assertThat(pile.awaitClosedByPlatform(5000)).as("connection closed by stop()").isTrue();
            try (ServerSocket reuse = new ServerSocket()) {
                reuse.setReuseAddress(true);
                reuse.bind(new InetSocketAddress("127.0.0.1", port)); // released
            }
            // stop() waited for the disconnect to reach the endpoint, which still existed
            assertThat(h.events(PileDisconnected.class)).singleElement()
                    .satisfies(d -> {
                        assertThat(d.reason()).isEqualTo(PileDisconnected.Reason.CONNECTOR_STOPPING);
                        assertThat(d.pileCode()).isEqualTo(PILE);
                    });
            assertThat(h.ra.isRunning()).isFalse();
        }
    }

    @Test
    void withoutAnActiveEndpointNewConnectionsAreClosedAndCounted() throws Exception {
        try (Harness h = new Harness(Harness.FAST, false)) {
            try (Socket socket = new Socket("127.0.0.1", h.port())) {
                socket.setSoTimeout(5000);
                assertThat(socket.getInputStream().read()).as("closed at once").isEqualTo(-1);
            }
            Harness.await("refusal counted", () -> h.ra.statistics().connectionsRefusedNoEndpoint() == 1);
            assertThat(h.ra.statistics().connectionsAccepted()).isZero();

            h.ra.endpointActivation(h.endpoint, h.spec);
            TestPile pile = h.pile(PILE);
            Harness.await("connected once an endpoint exists", () -> !h.events(PileConnected.class).isEmpty());
            assertThat(pile.endOfStream).isFalse();
        }
    }

    @Test
    void deactivatingTheLastEndpointClosesConnectionsAndDeliversTheirDisconnectsFirst() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            h.acceptLogins();
            TestPile pile = h.online(PILE);

            h.ra.endpointDeactivation(h.endpoint, h.spec);

            assertThat(pile.awaitClosedByPlatform(5000)).isTrue();
            assertThat(h.events(PileDisconnected.class)).extracting(PileDisconnected::reason)
                    .containsExactly(PileDisconnected.Reason.CONNECTOR_STOPPING);
            assertThat(h.ra.statistics().endpointsActive()).isZero();
        }
    }

    @Test
    void connectionsBeyondMaxConnectionsAreRefusedAndCounted() throws Exception {
        try (Harness h = new Harness(Harness.FAST.withMaxConnections(2))) {
            h.pile(PileCode.of("32010600000001"));
            h.pile(PileCode.of("32010600000002"));
            Harness.await("two open", () -> h.ra.statistics().connectionsOpen() == 2);
            TestPile third = h.pile(PileCode.of("32010600000003"));

            assertThat(third.awaitClosedByPlatform(5000)).isTrue();
            assertThat(h.ra.statistics().connectionsRefused()).isEqualTo(1);
            assertThat(h.ra.statistics().connectionsOpen()).isEqualTo(2);
        }
    }

    @Test
    void aBusyPortFailsStartWithTheAddressInTheMessage() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            PileResourceAdapter ra = new PileResourceAdapter(Harness.FAST.withPort(busy.getLocalPort()));
            assertThatThrownBy(() -> ra.start(new FakeContainer.Bootstrap()))
                    .isInstanceOf(jakarta.resource.spi.ResourceAdapterInternalException.class)
                    .hasMessageContaining("127.0.0.1:" + busy.getLocalPort());
        }
    }
}
