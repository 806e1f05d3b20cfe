package io.chargeops.pile.api;

import java.util.List;

/**
 * The connection factory of the pile resource adapter, injected into EJBs with {@code @Resource(lookup = ...)}.
 * A gateway is a cheap handle; get one per use and close it.
 */
public interface PileGatewayFactory {

    PileGateway getGateway() throws PileCommandException;

    /**
     * The connector's counters on this node, read without taking a gateway from the pool (cheap enough for every
     * {@code /metrics} scrape). The adapter's factory implements it; the default is for test doubles.
     *
     * @throws IllegalStateException when the adapter is not running
     */
    default ConnectorStatistics statistics() {
        throw new UnsupportedOperationException("this PileGatewayFactory keeps no statistics");
    }

    /** Per-connection counters of every open connection on this node (one entry per connection; can be long). */
    default List<ConnectionStatistics> connectionStatistics() {
        throw new UnsupportedOperationException("this PileGatewayFactory keeps no statistics");
    }
}
