package io.chargeops.core.account;

import java.time.Instant;

/** What a sign-in or a refresh gives the app: a short-lived access token and a rotating refresh token. */
public record TokenPair(Long userId, String accessToken, Instant accessExpiresAt, String refreshToken,
                        Instant refreshExpiresAt, boolean newUser) {
}
