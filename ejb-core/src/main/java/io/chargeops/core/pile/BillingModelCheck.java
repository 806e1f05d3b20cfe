package io.chargeops.core.pile;

import java.time.Instant;

/**
 * What billing model a pile holds compared with the one in force for it (YKC §13.3 rule 8: a pile billing by another
 * model under-bills). From its last 0x05 verify; a model the platform sent (0x0A, or 0x58 accepted) counts as held.
 * {@code inForceModelNo} is null when no complete tariff is in force for the pile.
 */
public record BillingModelCheck(String heldModelNo, String inForceModelNo, boolean consistent, Instant at) {
}
