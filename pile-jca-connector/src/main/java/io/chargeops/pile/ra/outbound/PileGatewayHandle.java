package io.chargeops.pile.ra.outbound;

import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileGateway;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.protocol.ykc.message.PileMessage;
import io.chargeops.pile.protocol.ykc.message.PlatformMessage;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.ra.session.SessionGateway;
import java.time.Duration;

/**
 * The connection handle an EJB gets from {@link io.chargeops.pile.api.PileGatewayFactory#getGateway()}. It delegates
 * to the adapter's sessions; after {@link #close()} (or when the container cleans its managed connection up) it
 * refuses further use, as JCA handles must.
 */
public class PileGatewayHandle implements PileGateway {

    private volatile PileManagedConnection connection;
    private volatile boolean closed;

    PileGatewayHandle(PileManagedConnection connection) {
        this.connection = connection;
    }

    @Override
    public void reply(PileMessageReceived request, PlatformMessage reply) throws PileCommandException {
        gateway().reply(request, reply);
    }

    @Override
    public void send(PileCode pile, PlatformMessage command) throws PileCommandException {
        gateway().send(pile, command);
    }

    @Override
    public <R extends PileMessage> R request(PileCode pile, PlatformMessage command, Class<R> answerType,
            Duration timeout) throws PileCommandException {
        return gateway().request(pile, command, answerType, timeout);
    }

    @Override
    public boolean isOnline(PileCode pile) {
        try {
            return gateway().isOnline(pile);
        } catch (PileCommandException e) {
            return false; // adapter not running: no pile is online on this node
        }
    }

    @Override
    public void close() {
        PileManagedConnection mc = connection;
        if (!closed && mc != null) {
            closed = true;
            mc.closed(this);
        }
    }

    PileManagedConnection associate(PileManagedConnection mc) {
        PileManagedConnection previous = connection;
        connection = mc;
        closed = false;
        return previous;
    }

    void invalidate() {
        closed = true;
    }

    private SessionGateway gateway() throws PileCommandException {
        PileManagedConnection mc = connection;
        if (closed || mc == null) {
            throw new IllegalStateException("This PileGateway handle is closed; get a new one from the factory");
        }
        return mc.factory().adapter().gateway();
    }
}
