package io.chargeops.pile.ra.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileGateway;
import io.chargeops.pile.api.PileGatewayFactory;
import io.chargeops.pile.protocol.ykc.message.RebootRequest;
import io.chargeops.pile.protocol.ykc.types.ExecutionControl;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.ra.PileResourceAdapter;
import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JCA side of the outbound contract, without a running adapter. */
class OutboundContractTest {

    @Test
    void closingAHandleTellsTheContainerSoItCanPoolTheManagedConnection() throws Exception {
        PileManagedConnectionFactory mcf = new PileManagedConnectionFactory();
        PileManagedConnection mc = (PileManagedConnection) mcf.createManagedConnection(null, null);
        List<ConnectionEvent> closed = new ArrayList<>();
        mc.addConnectionEventListener(new ConnectionEventListener() {
            @Override public void connectionClosed(ConnectionEvent event) { closed.add(event); }
            @Override public void localTransactionStarted(ConnectionEvent event) { }
            @Override public void localTransactionCommitted(ConnectionEvent event) { }
            @Override public void localTransactionRolledback(ConnectionEvent event) { }
            @Override public void connectionErrorOccurred(ConnectionEvent event) { }
        });
        PileGateway handle = (PileGateway) mc.getConnection(null, null);

        handle.close();
        handle.close(); // idempotent

        assertThat(closed).singleElement().satisfies(e -> assertThat(e.getConnectionHandle()).isSameAs(handle));
        assertThat(mcf.matchManagedConnections(Set.of(mc), null, null)).isSameAs(mc);
        assertThatThrownBy(mc::getXAResource).isInstanceOf(NotSupportedException.class);
        assertThatThrownBy(mc::getLocalTransaction).isInstanceOf(NotSupportedException.class);
    }

    @Test
    void cleanupInvalidatesHandlesAndAssociateMovesThem() throws Exception {
        PileManagedConnectionFactory mcf = new PileManagedConnectionFactory();
        PileManagedConnection first = (PileManagedConnection) mcf.createManagedConnection(null, null);
        PileManagedConnection second = (PileManagedConnection) mcf.createManagedConnection(null, null);
        PileGateway handle = (PileGateway) first.getConnection(null, null);

        second.associateConnection(handle);
        first.cleanup(); // no longer its handle: stays usable
        assertThat(handle.isOnline(PileCode.of("32010600000001"))).isFalse();
        second.cleanup();
        assertThatThrownBy(() -> handle.send(PileCode.of("32010600000001"),
                new RebootRequest(PileCode.of("32010600000001"), ExecutionControl.IMMEDIATELY)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFactoryIsSerializableAndSaysClearlyWhenTheAdapterIsNotRunning() throws Exception {
        PileManagedConnectionFactory mcf = new PileManagedConnectionFactory();
        mcf.setResourceAdapter(new PileResourceAdapter()); // never started
        PileGatewayFactory factory = (PileGatewayFactory) mcf.createConnectionFactory();
        assertThat(factory).isInstanceOf(jakarta.resource.Referenceable.class);
        new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(factory);

        try (PileGateway gateway = factory.getGateway()) {
            assertThatThrownBy(() -> gateway.send(PileCode.of("32010600000001"),
                    new RebootRequest(PileCode.of("32010600000001"), ExecutionControl.IMMEDIATELY)))
                    .isInstanceOf(PileCommandException.class).hasMessageContaining("not running");
        }
        assertThatThrownBy(factory::statistics).isInstanceOf(IllegalStateException.class);
    }
}
