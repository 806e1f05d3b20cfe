/**
 * Value types and code tables of the YKC v1.6 protocol: identifiers with format rules (pile code, transaction serial,
 * card numbers, billing-model id), closed enums for result and state bytes, and open code records (stop reason, trade
 * flag, ...) for fields where real piles send values the spec does not list, so such frames still decode losslessly.
 */
package io.chargeops.pile.protocol.ykc.types;
