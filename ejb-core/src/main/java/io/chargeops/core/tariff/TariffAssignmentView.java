package io.chargeops.core.tariff;

import java.util.List;

/**
 * The outcome of assigning a template: to a whole station ({@code stationWide}, the station's tariff changes and so
 * does every pile's there) or to some of its piles. The piles get the model pushed (0x58) right after; their results
 * show in the template's issue list.
 */
public record TariffAssignmentView(Long templateId, Long stationId, boolean stationWide, List<String> pileCodes) {
}
