package io.chargeops.core.tariff;

import java.util.List;

/** A tariff template with its versions, oldest first; {@code versionInForce} is null when none is in force yet. */
public record TariffView(Long id, Long merchantId, String name, String modelNo, TariffStatus status,
                         Integer versionInForce, List<TariffVersionView> versions) {
}
