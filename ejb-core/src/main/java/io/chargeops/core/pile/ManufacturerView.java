package io.chargeops.core.pile;

import java.time.Instant;

/** A manufacturer as the console shows it, with how many models it has. */
public record ManufacturerView(Long id, String name, String contactName, String contactPhone, String remark,
                               long models, Instant createdAt) {
}
