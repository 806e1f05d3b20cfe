/**
 * Load runs against a real platform: {@link io.chargeops.pile.simulator.load.LoadMain} drives a fleet like
 * {@code SimulatorMain} and measures what the piles see (request-to-answer latency per frame type, frames per type,
 * piles held) into a JSON summary that {@code bench/pile-load.sh} turns into {@code docs/benchmarks.md}.
 */
package io.chargeops.pile.simulator.load;
