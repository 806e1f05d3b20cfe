package io.chargeops.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Issues and verifies app access tokens (JWT, RS256); see {@link Jwt} and {@link TokenKeys}. */
@ApplicationScoped
public class AccessTokens {

    public static final String ISSUER = "https://chargeops.io/app";
    public static final String AUDIENCE = "chargeops-app";
    public static final String GROUP = "APP_USER";

    @Inject
    TokenKeys keys;

    @Inject
    AccountSettings settings;

    Clock clock = Clock.systemUTC();

    /** An access token and when it expires. */
    public record Issued(String token, Instant expiresAt) {
    }

    public Issued issue(Long userId) {
        Instant now = clock.instant();
        Instant exp = now.plus(settings.accessTtl());
        String token = Jwt.sign(new Jwt.Claims(ISSUER, AUDIENCE, String.valueOf(userId), List.of(GROUP), now, exp,
                UUID.randomUUID().toString()), keys.keyId(), keys.privateKey());
        return new Issued(token, exp);
    }

    /**
     * The user id of a valid token.
     *
     * @throws Jwt.InvalidTokenException when it is not one
     */
    public Long verify(String token) {
        Jwt.Claims claims = Jwt.verify(token, keys.keyId(), keys.publicKey(), ISSUER, AUDIENCE, clock.instant());
        try {
            return Long.valueOf(claims.subject());
        } catch (NumberFormatException e) {
            throw new Jwt.InvalidTokenException("token of an unknown subject");
        }
    }

    public String publicKeyPem() {
        return keys.publicKeyPem();
    }
}
