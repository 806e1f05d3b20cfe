package io.chargeops.pile.ra.outbound;

import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.ra.PileResourceAdapter;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Set;
import javax.security.auth.Subject;

/**
 * Outbound connection definition of the pile adapter. A "connection" here is not a socket: pile sockets belong to
 * the adapter's server, and a {@link PileManagedConnection} is only a poolable ticket to use them, so the container's
 * pooling and handle bookkeeping work as for any JCA resource while costing nothing. No transactions: a frame on the
 * wire cannot be rolled back.
 */
public class PileManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    private transient ResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager manager) {
        return new PileGatewayFactoryImpl(this, manager);
    }

    /** Outside a container (tests, tools): connections are created on demand and destroyed on close. */
    @Override
    public Object createConnectionFactory() {
        return new PileGatewayFactoryImpl(this, new UnmanagedConnectionManager());
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
        return new PileManagedConnection(this);
    }

    /** Every managed connection of this factory is interchangeable. */
    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
        for (Object candidate : candidates) {
            if (candidate instanceof PileManagedConnection mc && mc.factory().equals(this)) {
                return mc;
            }
        }
        return null;
    }

    PileResourceAdapter adapter() throws PileCommandException {
        if (resourceAdapter instanceof PileResourceAdapter pile && pile.isRunning()) {
            return pile;
        }
        throw new PileCommandException("The pile connector is not running (resource adapter not started)");
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter ra) throws ResourceException {
        this.resourceAdapter = ra;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    // No config properties, so all instances are equal (JCA requires equals/hashCode over the configuration).
    @Override
    public boolean equals(Object other) {
        return other instanceof PileManagedConnectionFactory;
    }

    @Override
    public int hashCode() {
        return PileManagedConnectionFactory.class.hashCode();
    }
}
