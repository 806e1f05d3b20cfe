package io.chargeops.pile.ra.outbound;

import io.chargeops.pile.api.ConnectionStatistics;
import io.chargeops.pile.api.ConnectorStatistics;
import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileGateway;
import io.chargeops.pile.api.PileGatewayFactory;
import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import java.io.Serializable;
import java.util.List;
import javax.naming.Reference;

/**
 * The connection factory bound in JNDI. Serializable and Referenceable, as JCA requires of connection factories, and
 * aware of the container's ConnectionManager, which does pooling and handle bookkeeping on {@link #getGateway()}.
 */
public class PileGatewayFactoryImpl implements PileGatewayFactory, Serializable, Referenceable {

    private static final long serialVersionUID = 1L;

    private final PileManagedConnectionFactory factory;
    private final ConnectionManager manager;
    private Reference reference;

    public PileGatewayFactoryImpl(PileManagedConnectionFactory factory, ConnectionManager manager) {
        this.factory = factory;
        this.manager = manager;
    }

    @Override
    public PileGateway getGateway() throws PileCommandException {
        try {
            return (PileGateway) manager.allocateConnection(factory, null);
        } catch (ResourceException e) {
            throw new PileCommandException("Cannot get a pile gateway: " + e.getMessage(), e);
        }
    }

    @Override
    public ConnectorStatistics statistics() {
        try {
            return factory.adapter().statistics();
        } catch (PileCommandException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public List<ConnectionStatistics> connectionStatistics() {
        try {
            return factory.adapter().connectionStatistics();
        } catch (PileCommandException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
