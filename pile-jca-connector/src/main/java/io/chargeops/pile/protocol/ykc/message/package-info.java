/**
 * One immutable record per YKC v1.6 frame type, each carrying its own {@code TYPE} descriptor (code, direction,
 * declarative body layout), plus the shared sub-structures (billing model, tariff, period usage, card entries) and the
 * {@link io.chargeops.pile.protocol.ykc.message.MessageRegistry} that maps type bytes to descriptors.
 */
package io.chargeops.pile.protocol.ykc.message;
