package io.chargeops.pile.api;

/**
 * The connection factory of the pile resource adapter, injected into EJBs with {@code @Resource(lookup = ...)}.
 * A gateway is a cheap handle; get one per use and close it.
 */
public interface PileGatewayFactory {

    PileGateway getGateway() throws PileCommandException;
}
