package io.chargeops.core.pile;

import java.math.BigDecimal;

/**
 * What an operator may change on a registered pile. With {@code pileModelId} the manufacturer and model names come
 * from the catalogue (and the rated power too when none is given); without it the free-text names are kept as given.
 * Type, gun count and what the pile reports at login (firmware, SIM) are the pile's own facts and not edited here.
 */
public record PileEdit(String pileName, Long pileModelId, BigDecimal ratedPowerKw, String manufacturer, String model) {
}
