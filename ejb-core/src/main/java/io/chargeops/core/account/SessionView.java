package io.chargeops.core.account;

import java.time.Instant;

/** One signed-in device (refresh token), for the personal-data export. */
public record SessionView(Long id, String device, Instant issuedAt, Instant expiresAt, Instant revokedAt,
                          String revokedReason) {

    static SessionView of(RefreshToken t) {
        return new SessionView(t.getId(), t.getDevice(), t.getIssuedAt(), t.getExpiresAt(), t.getRevokedAt(),
                t.getRevokedReason());
    }
}
