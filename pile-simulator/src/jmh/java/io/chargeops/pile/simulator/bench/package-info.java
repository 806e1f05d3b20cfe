/**
 * JMH benchmarks of the YKC codec (decode including framing and CRC, CRC alone, encode), built and run only with the
 * {@code jmh} Maven profile so the normal build does not carry JMH.
 */
package io.chargeops.pile.simulator.bench;
