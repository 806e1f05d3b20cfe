/**
 * Body-level wire format: little-endian/BCD/CP56Time2a readers and writers, the field kinds the layouts are made of,
 * and {@link io.chargeops.pile.protocol.ykc.wire.RecordSchema}, which binds a declarative layout to a message record so
 * that decoding, encoding and property-test generation all derive from one description per frame.
 */
package io.chargeops.pile.protocol.ykc.wire;
