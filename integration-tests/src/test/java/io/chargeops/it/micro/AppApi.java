package io.chargeops.it.micro;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app API ({@code /api/app/v1}) as a mobile app uses it: JSON over HTTP with a Bearer access token. Also what the
 * tests need around it: reading the SMS code the {@code log} provider writes to the node's log, and minting tokens
 * (expired, or signed by a stranger's key) for the refusal matrix.
 */
final class AppApi {

    static final String BASE = "/api/app/v1";

    private final MicroNode node;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    String accessToken;
    String refreshToken;
    Long userId;
    String phone;

    AppApi(MicroNode node) {
        this.node = node;
    }

    /** A fresh mainland mobile number (199 + 8 random digits). */
    static String newPhone() {
        return "199" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    AdminApi.Reply get(String path) {
        return send(HttpRequest.newBuilder(node.url(BASE + path)).GET(), "GET " + path, accessToken);
    }

    AdminApi.Reply post(String path, String json) {
        return send(HttpRequest.newBuilder(node.url(BASE + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), "POST " + path + " " + json, accessToken);
    }

    AdminApi.Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(node.url(BASE + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), "PUT " + path + " " + json, accessToken);
    }

    AdminApi.Reply delete(String path) {
        return send(HttpRequest.newBuilder(node.url(BASE + path)).DELETE(), "DELETE " + path, accessToken);
    }

    /** A GET with an {@code Accept-Language}. */
    AdminApi.Reply getIn(String language, String path) {
        return send(HttpRequest.newBuilder(node.url(BASE + path)).header("Accept-Language", language).GET(),
                "GET " + path + " (" + language + ")", accessToken);
    }

    AdminApi.Reply withToken(String token, String method, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(node.url(BASE + path)).method(method,
                method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (method.equals("POST")) {
            b.header("Content-Type", "application/json");
        }
        return send(b, method + " " + path + " (token " + (token == null ? "none" : token.length() + " chars") + ")", token);
    }

    /** Posts a payment provider's callback as the provider would: raw body, its own headers, no app token. */
    AdminApi.Reply callback(String provider, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(node.url(BASE + "/payments/callbacks/" + provider))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return send(b, "POST callback " + provider + " " + body + " " + headers, null);
    }

    AdminApi.Reply send(HttpRequest.Builder request, String line, String token) {
        try {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = http.send(request.header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new AdminApi.Reply(line, r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.body() + headersOf(r), r.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new AssertionError(line + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(line + " interrupted", e);
        }
    }

    /** WWW-Authenticate and Retry-After travel in the reply's body text after a marker, for the assertions. */
    private static String headersOf(HttpResponse<String> r) {
        StringBuilder b = new StringBuilder();
        r.headers().firstValue("WWW-Authenticate").ifPresent(v -> b.append("\u0000WWW-Authenticate: ").append(v));
        r.headers().firstValue("Retry-After").ifPresent(v -> b.append("\u0000Retry-After: ").append(v));
        return b.toString();
    }

    static String body(AdminApi.Reply r) {
        int marker = r.body().indexOf('\u0000');
        return marker < 0 ? r.body() : r.body().substring(0, marker);
    }

    static Map<String, Object> map(AdminApi.Reply r) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(body(r));
        return m;
    }

    static java.util.List<Object> list(AdminApi.Reply r) {
        @SuppressWarnings("unchecked")
        java.util.List<Object> l = (java.util.List<Object>) Json.parse(body(r));
        return l;
    }

    static Map<String, Object> ok(AdminApi.Reply r, int status) {
        if (r.status() != status) {
            throw new AssertionError("expected " + status + ": " + r);
        }
        return body(r).isEmpty() ? Map.of() : map(r);
    }

    // ---- sign-in -----------------------------------------------------------------------------------------------

    /** Requests a code, reads it from the node's log and signs in; keeps the tokens. */
    Map<String, Object> register(String phone) {
        this.phone = phone;
        ok(post("/auth/sms-codes", Json.object("phone", phone)), 202);
        Map<String, Object> tokens = ok(post("/auth/sessions", Json.object("phone", phone, "code", smsCode(phone),
                "device", "AppJourneyIT")), 200);
        take(tokens);
        return tokens;
    }

    void take(Map<String, Object> tokens) {
        accessToken = (String) tokens.get("accessToken");
        refreshToken = (String) tokens.get("refreshToken");
        userId = Long.valueOf(AdminApi.str(tokens, "userId"));
    }

    /** The latest code the {@code log} SMS provider wrote for this phone. */
    String smsCode(String phone) {
        Pattern p = Pattern.compile("SMS sign-in code for " + phone + ": (\\d{6})");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String log = Files.readString(node.directory().resolve("chargeops.log"), StandardCharsets.UTF_8);
                Matcher m = p.matcher(log);
                String last = null;
                while (m.find()) {
                    last = m.group(1);
                }
                if (last != null) {
                    return last;
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            AdminApi.sleep(100);
        }
        throw new AssertionError("no SMS code for " + phone + " in the node's log\n" + node.logTail());
    }

    // ---- tokens the platform did not issue (refusal matrix) ------------------------------------------------------

    /** A token with the node's own key (its data directory) but already expired. */
    String expiredToken(long userId) {
        try {
            String pem = Files.readString(node.directory().resolve("data/app-token-key.pem"), StandardCharsets.US_ASCII);
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""))));
            Instant past = Instant.now().minusSeconds(3600);
            return sign(key, userId, past, past.plusSeconds(900));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A well-formed, unexpired token signed by a key the platform does not know (with the platform's key id). */
    String strangersToken(long userId) {
        try {
            java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            String pem = Files.readString(node.directory().resolve("data/app-token-key.pem"), StandardCharsets.US_ASCII);
            PrivateKey nodeKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""))));
            String kid = kid(nodeKey);
            Instant now = Instant.now();
            return sign(g.generateKeyPair().getPrivate(), kid, userId, now, now.plusSeconds(900));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String sign(PrivateKey key, long userId, Instant iat, Instant exp) throws Exception {
        return sign(key, kid(key), userId, iat, exp);
    }

    private static String sign(PrivateKey key, String kid, long userId, Instant iat, Instant exp) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"https://chargeops.io/app\",\"aud\":\"chargeops-app\",\"sub\":\""
                + userId + "\",\"upn\":\"" + userId + "\",\"groups\":[\"APP_USER\"],\"iat\":" + iat.getEpochSecond()
                + ",\"exp\":" + exp.getEpochSecond() + ",\"jti\":\"it\"}").getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + b64.encodeToString(rsa.sign());
    }

    private static String kid(PrivateKey key) throws Exception {
        RSAPrivateCrtKey crt = (RSAPrivateCrtKey) key;
        byte[] publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(),
                crt.getPublicExponent())).getEncoded();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(publicKey)).substring(0, 16);
    }

    static BigDecimal dec(Map<String, Object> json, String path) {
        return AdminApi.dec(json, path);
    }
}
