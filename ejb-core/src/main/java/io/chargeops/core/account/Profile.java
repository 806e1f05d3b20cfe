package io.chargeops.core.account;

import java.time.Instant;

/** The signed-in user's own account. */
public record Profile(Long userId, String phone, String nickname, String status, Instant registeredAt) {
}
