/**
 * YKC v1.6 pile simulator: {@link io.chargeops.pile.simulator.SimulatedPile} plays one pile (login, billing model,
 * heartbeats, real-time data, remote and card starts, bills resent until confirmed, time sync, model push, reboot)
 * over its own TCP connection on a shared Netty event loop; {@link io.chargeops.pile.simulator.PileSimulator} drives a
 * fleet and {@link io.chargeops.pile.simulator.SimulatorMain} is the command line. It uses the production codec, so
 * what it sends is exactly what the platform will parse.
 */
package io.chargeops.pile.simulator;
