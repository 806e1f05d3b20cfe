package io.chargeops.core.account;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * JSON Web Tokens (RFC 7519) in the JWS compact form (RFC 7515) with RS256 only, in plain JDK crypto. Claims follow
 * MicroProfile JWT's names ({@code iss}, {@code sub}, {@code upn}, {@code groups}, {@code iat}, {@code exp},
 * {@code jti}), so an MP-JWT runtime could verify the same tokens with the published public key. Verification takes
 * nothing from the token's header on trust: the algorithm must be RS256 and the key id ours ({@code alg: none} and
 * HS256-with-the-public-key confusions are refused).
 */
public final class Jwt {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** The verified claims the platform uses. */
    public record Claims(String issuer, String audience, String subject, List<String> groups, Instant issuedAt,
                         Instant expiresAt, String tokenId) {
    }

    /** A token that is malformed, not ours, tampered with or expired; {@code reason} is safe to show the client. */
    public static final class InvalidTokenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidTokenException(String reason) {
            super(reason);
        }
    }

    private Jwt() {
    }

    public static String sign(Claims claims, String keyId, PrivateKey key) {
        JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", keyId).build();
        JsonArrayBuilder groups = Json.createArrayBuilder();
        claims.groups().forEach(groups::add);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("iss", claims.issuer())
                .add("aud", claims.audience())
                .add("sub", claims.subject())
                .add("upn", claims.subject())
                .add("groups", groups)
                .add("iat", claims.issuedAt().getEpochSecond())
                .add("exp", claims.expiresAt().getEpochSecond())
                .add("jti", claims.tokenId());
        String signingInput = b64(header.toString()) + "." + b64(body.build().toString());
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /**
     * The claims of a token signed by {@code key} for {@code issuer}/{@code audience} and not expired at {@code now}.
     *
     * @throws InvalidTokenException otherwise
     */
    public static Claims verify(String token, String keyId, PublicKey key, String issuer, String audience, Instant now) {
        if (token == null || token.length() > 8192) {
            throw new InvalidTokenException("no token");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("not a JWS compact token");
        }
        JsonObject header = json(parts[0]);
        if (!"RS256".equals(string(header, "alg"))) {
            throw new InvalidTokenException("unsupported algorithm");
        }
        if (!keyId.equals(string(header, "kid"))) {
            throw new InvalidTokenException("unknown signing key");
        }
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(B64D.decode(parts[2]))) {
                throw new InvalidTokenException("bad signature");
            }
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new InvalidTokenException("bad signature");
        }
        JsonObject body = json(parts[1]);
        if (!issuer.equals(string(body, "iss")) || !audience.equals(string(body, "aud"))) {
            throw new InvalidTokenException("token of another issuer or audience");
        }
        Instant exp = Instant.ofEpochSecond(number(body, "exp"));
        if (!now.isBefore(exp)) {
            throw new InvalidTokenException("token expired");
        }
        String subject = string(body, "sub");
        if (subject == null || subject.isBlank()) {
            throw new InvalidTokenException("token without subject");
        }
        List<String> groups = body.containsKey("groups") && body.get("groups").getValueType() == JsonValue.ValueType.ARRAY
                ? body.getJsonArray("groups").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of();
        return new Claims(issuer, audience, subject, groups, Instant.ofEpochSecond(number(body, "iat")), exp,
                string(body, "jti"));
    }

    private static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String part) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(B64D.decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new InvalidTokenException("malformed token");
        }
    }

    private static String string(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static long number(JsonObject o, String name) {
        JsonValue v = o.get(name);
        if (v instanceof JsonNumber n) {
            return n.longValue();
        }
        throw new InvalidTokenException("token without " + name);
    }
}
