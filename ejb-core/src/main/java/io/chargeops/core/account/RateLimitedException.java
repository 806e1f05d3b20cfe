package io.chargeops.core.account;

import io.chargeops.core.RefusedException;
import java.time.Duration;

/** Too many code requests for a phone or from an address: the API answers 429 with {@code Retry-After}. */
public class RateLimitedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(String code, String message, Duration retryAfter) {
        super(Kind.CONFLICT, code, message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
