package io.chargeops.core.identity;

import java.time.Instant;

/**
 * A console sign-in attempt: the event published when someone tries to sign in, and what the audit log shows.
 * A public record so JSON-B can carry it over JMS.
 */
public record ConsoleSignInAttempt(String loginPhone, boolean succeeded, String remoteAddress, String userAgent,
                                   Instant attemptedAt) {
}
