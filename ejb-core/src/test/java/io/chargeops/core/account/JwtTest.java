package io.chargeops.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JwtTest {

    static KeyPair keys;
    static KeyPair otherKeys;
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    static final String ISS = AccessTokens.ISSUER;
    static final String AUD = AccessTokens.AUDIENCE;

    @BeforeAll
    static void generate() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        keys = g.generateKeyPair();
        otherKeys = g.generateKeyPair();
    }

    static String token(Instant exp, KeyPair with) {
        return Jwt.sign(new Jwt.Claims(ISS, AUD, "1001", List.of("APP_USER"), NOW, exp, "t1"), "k1", with.getPrivate());
    }

    @Test
    void signedTokenVerifiesWithItsClaims() {
        Jwt.Claims c = Jwt.verify(token(NOW.plusSeconds(900), keys), "k1", keys.getPublic(), ISS, AUD, NOW.plusSeconds(899));
        assertThat(c.subject()).isEqualTo("1001");
        assertThat(c.groups()).containsExactly("APP_USER");
        assertThat(c.expiresAt()).isEqualTo(NOW.plusSeconds(900));
        assertThat(c.tokenId()).isEqualTo("t1");
    }

    @Test
    void expiredTokenIsRefused() {
        String t = token(NOW.plusSeconds(900), keys);
        assertThatThrownBy(() -> Jwt.verify(t, "k1", keys.getPublic(), ISS, AUD, NOW.plusSeconds(900)))
                .isInstanceOf(Jwt.InvalidTokenException.class).hasMessageContaining("expired");
    }

    @Test
    void tokenOfAnotherKeyOrTamperedPayloadIsRefused() {
        String foreign = token(NOW.plusSeconds(900), otherKeys);
        assertThatThrownBy(() -> Jwt.verify(foreign, "k1", keys.getPublic(), ISS, AUD, NOW))
                .isInstanceOf(Jwt.InvalidTokenException.class).hasMessageContaining("signature");
        String[] parts = token(NOW.plusSeconds(900), keys).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("1001", "1002");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThatThrownBy(() -> Jwt.verify(tampered, "k1", keys.getPublic(), ISS, AUD, NOW))
                .isInstanceOf(Jwt.InvalidTokenException.class);
    }

    @Test
    void algNoneAndForeignKeyIdAndGarbageAreRefused() {
        String[] parts = token(NOW.plusSeconds(900), keys).split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        assertThatThrownBy(() -> Jwt.verify(none, "k1", keys.getPublic(), ISS, AUD, NOW))
                .isInstanceOf(Jwt.InvalidTokenException.class);
        assertThatThrownBy(() -> Jwt.verify(String.join(".", parts), "k2", keys.getPublic(), ISS, AUD, NOW))
                .isInstanceOf(Jwt.InvalidTokenException.class);
        for (String garbage : new String[] {"", "a.b", "a.b.c", "!!!.???.***", null}) {
            assertThatThrownBy(() -> Jwt.verify(garbage, "k1", keys.getPublic(), ISS, AUD, NOW))
                    .isInstanceOf(Jwt.InvalidTokenException.class);
        }
    }

    @Test
    void keyParsesFromPem() {
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        TokenKeys k = new TokenKeys();
        k.init(TokenKeys.parsePrivateKey(pem));
        assertThat(k.publicKey()).isEqualTo(keys.getPublic());
        assertThat(k.keyId()).hasSize(16);
        assertThat(k.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");
    }
}
