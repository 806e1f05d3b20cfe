package io.chargeops.core.pile;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pile an operator registers at a station, or the details given when onboarding a free pile (pile type and gun
 * count then come from what the pile reported). {@code tariffTemplateId} null = the station's tariff; {@code guns}
 * null or empty = guns 1..gunCount with the pile type's connector.
 */
public record NewPile(String pileCode, Long stationId, PileType pileType, Integer gunCount, BigDecimal ratedPowerKw,
                      String manufacturer, String model, Long tariffTemplateId, List<NewGun> guns) {

    /** One gun to create. */
    public record NewGun(int gunNo, ConnectorType connectorType) {
    }
}
