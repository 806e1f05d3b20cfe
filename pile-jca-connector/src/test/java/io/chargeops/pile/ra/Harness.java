package io.chargeops.pile.ra;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileEvent;
import io.chargeops.pile.api.PileGateway;
import io.chargeops.pile.api.PileGatewayFactory;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import io.chargeops.pile.protocol.ykc.message.LoginResponse;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.ra.inbound.PileActivationSpec;
import io.chargeops.pile.ra.outbound.PileManagedConnectionFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** A started adapter with one activated recording endpoint and a gateway factory, as the container would wire it. */
final class Harness implements AutoCloseable {

    static final PileListenerSettings FAST = PileListenerSettings.DEFAULTS.withBindAddress("127.0.0.1").withPort(0)
            .withIoThreads(2);

    final FakeContainer.Bootstrap bootstrap = new FakeContainer.Bootstrap();
    final FakeContainer.RecordingEndpointFactory endpoint = new FakeContainer.RecordingEndpointFactory();
    final PileActivationSpec spec = new PileActivationSpec();
    final PileResourceAdapter ra;
    final PileGatewayFactory gateways;
    private final List<TestPile> piles = new ArrayList<>();
    private boolean stopped;

    Harness(PileListenerSettings settings) throws Exception {
        this(settings, true);
    }

    Harness(PileListenerSettings settings, boolean activate) throws Exception {
        ra = new PileResourceAdapter(settings);
        ra.start(bootstrap);
        if (activate) {
            spec.setResourceAdapter(ra);
            ra.endpointActivation(endpoint, spec);
        }
        PileManagedConnectionFactory mcf = new PileManagedConnectionFactory();
        mcf.setResourceAdapter(ra);
        gateways = (PileGatewayFactory) mcf.createConnectionFactory();
    }

    int port() {
        return ra.boundAddress().getPort();
    }

    TestPile pile(PileCode code) throws Exception {
        TestPile pile = new TestPile(code, port());
        piles.add(pile);
        return pile;
    }

    /** The application's login decision, as the MDB makes it: accept every login through the gateway. */
    void acceptLogins() {
        endpoint.reaction = event -> {
            if (event instanceof PileMessageReceived m && m.packet().message() instanceof LoginRequest login) {
                reply(m, new LoginResponse(login.pileCode(), LoginResult.SUCCESS));
            }
        };
    }

    void reply(PileMessageReceived request, LoginResponse response) {
        try (PileGateway gateway = gateways.getGateway()) {
            gateway.reply(request, response);
        } catch (PileCommandException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Connects, logs in and waits until the session is bound. */
    TestPile online(PileCode code) throws Exception {
        TestPile pile = pile(code);
        pile.login(0);
        await("login of " + code, () -> isOnline(code));
        return pile;
    }

    boolean isOnline(PileCode code) {
        try (PileGateway gateway = gateways.getGateway()) {
            return gateway.isOnline(code);
        } catch (PileCommandException e) {
            return false;
        }
    }

    <T extends PileEvent> List<T> events(Class<T> type) {
        return endpoint.of(type);
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        await(what, Duration.ofSeconds(10), condition);
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                assertThat(condition.getAsBoolean()).as("timed out waiting for " + what).isTrue();
            }
            Thread.sleep(5);
        }
    }

    void stop() {
        if (!stopped) {
            stopped = true;
            ra.stop();
        }
    }

    @Override
    public void close() throws Exception {
        for (TestPile pile : piles) {
            pile.close();
        }
        stop();
        bootstrap.workManager.shutdown();
    }
}
