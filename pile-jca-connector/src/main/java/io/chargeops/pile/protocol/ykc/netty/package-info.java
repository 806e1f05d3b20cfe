/**
 * Netty adapters of the YKC codec: a resynchronising, never-throwing frame decoder that passes packets, unknown frames
 * and typed frame errors up the pipeline, and an encoder for packets and raw frames.
 */
package io.chargeops.pile.protocol.ykc.netty;
