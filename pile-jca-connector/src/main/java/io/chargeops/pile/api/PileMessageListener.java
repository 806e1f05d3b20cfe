package io.chargeops.pile.api;

/**
 * The message listener interface of the pile resource adapter: an MDB implementing it receives every event of every
 * pile connection. Events of one connection arrive one at a time and in order; different connections are delivered
 * in parallel.
 */
public interface PileMessageListener {

    void onPileEvent(PileEvent event);
}
