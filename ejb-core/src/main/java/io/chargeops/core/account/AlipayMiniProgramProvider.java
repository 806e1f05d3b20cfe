package io.chargeops.core.account;

import io.chargeops.core.crypto.RsaSignatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Alipay mini-program login (换取授权访问令牌, {@code alipay.system.oauth.token}, grant_type authorization_code): a form
 * POST to the open-API gateway with the common parameters ({@code app_id, method, format=JSON, charset=utf-8,
 * sign_type=RSA2, timestamp} in Beijing time, {@code version=1.0}) signed RSA2 (SHA256withRSA over the parameters
 * sorted by name, {@code k=v} joined with {@code &}, empty values and {@code sign} left out). The answer's
 * {@code alipay_system_oauth_token_response} carries {@code open_id} (newer apps) or {@code user_id} (2088…); its raw
 * JSON text is verified against {@code sign} with Alipay's public key when that is configured. Errors come as
 * {@code error_response} ({@code sub_code} {@code isv.code-invalid} etc.). Settings
 * {@code chargeops.app.alipay.mini-program.*}; the private key is a secret (environment only).
 */
@ApplicationScoped
public class AlipayMiniProgramProvider implements MiniProgramProvider {

    static final String METHOD = "alipay.system.oauth.token";
    private static final String RESPONSE_KEY = "alipay_system_oauth_token_response";

    @Inject
    @ConfigProperty(name = "chargeops.app.alipay.mini-program.app-id")
    Optional<String> appId;

    @Inject
    @ConfigProperty(name = "chargeops.app.alipay.mini-program.private-key")
    Optional<String> privateKey;

    @Inject
    @ConfigProperty(name = "chargeops.app.alipay.mini-program.alipay-public-key")
    Optional<String> alipayPublicKey;

    @Inject
    @ConfigProperty(name = "chargeops.app.alipay.mini-program.gateway", defaultValue = "https://openapi.alipay.com/gateway.do")
    String gateway;

    /** The HTTP form POST, replaceable in tests: returns status and body. */
    interface Transport {
        Map.Entry<Integer, String> post(URI uri, String form) throws IOException, InterruptedException;
    }

    Transport transport = (uri, form) -> {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return Map.entry(r.statusCode(), r.body());
    };

    Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "alipay";
    }

    @Override
    public boolean serves(MiniProgramPlatform platform) {
        return platform == MiniProgramPlatform.ALIPAY;
    }

    @Override
    public boolean configured() {
        return appId.filter(s -> !s.isBlank()).isPresent() && privateKey.filter(s -> !s.isBlank()).isPresent();
    }

    @Override
    public MiniProgramIdentity exchange(MiniProgramPlatform platform, String code) {
        if (!configured()) {
            throw new MiniProgramLoginException(false, "chargeops.app.alipay.mini-program.* is not configured", null);
        }
        Map<String, String> params = requestParams(code);
        try {
            Map.Entry<Integer, String> answer = transport.post(URI.create(gateway), form(params));
            if (answer.getKey() != 200) {
                throw new MiniProgramLoginException(false, "Alipay gateway: HTTP " + answer.getKey(), null);
            }
            return parse(answer.getValue(), alipayPublicKey.filter(s -> !s.isBlank()).map(RsaSignatures::publicKey).orElse(null));
        } catch (IOException e) {
            throw new MiniProgramLoginException(false, "Alipay unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MiniProgramLoginException(false, "interrupted", e);
        }
    }

    /** The signed request parameters (including {@code sign}). */
    Map<String, String> requestParams(String code) {
        Map<String, String> p = new TreeMap<>();
        p.put("app_id", appId.orElseThrow());
        p.put("method", METHOD);
        p.put("format", "JSON");
        p.put("charset", "utf-8");
        p.put("sign_type", "RSA2");
        p.put("timestamp", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(clock.instant().atZone(ZoneId.of("Asia/Shanghai"))));
        p.put("version", "1.0");
        p.put("grant_type", "authorization_code");
        p.put("code", code);
        p.put("sign", RsaSignatures.sign(signContent(p), RsaSignatures.privateKey(privateKey.orElseThrow())));
        return p;
    }

    /** Sorted {@code k=v&…} without {@code sign} and empty values: what RSA2 signs. */
    static String signContent(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .filter(e -> !"sign".equals(e.getKey()) && e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The identity in the gateway's answer; its signature is checked when {@code alipayKey} is given. */
    static MiniProgramIdentity parse(String body, PublicKey alipayKey) {
        JsonObject o;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            o = reader.readObject();
        } catch (RuntimeException e) {
            throw new MiniProgramLoginException(false, "Alipay: not JSON", e);
        }
        if (o.get("error_response") instanceof JsonObject err) {
            String sub = err.getString("sub_code", "");
            throw new MiniProgramLoginException(sub.startsWith("isv.code-") || sub.startsWith("isv.invalid-code")
                    || "40002".equals(err.getString("code", "")),
                    "Alipay " + METHOD + ": " + err.getString("code", "") + " " + sub + " " + err.getString("sub_msg", err.getString("msg", "")), null);
        }
        if (!(o.get(RESPONSE_KEY) instanceof JsonObject r)) {
            throw new MiniProgramLoginException(false, "Alipay: no " + RESPONSE_KEY + " in the answer", null);
        }
        if (alipayKey != null) {
            String raw = rawMember(body, RESPONSE_KEY);
            String sign = o.get("sign") instanceof JsonString s ? s.getString() : null;
            if (raw == null || !RsaSignatures.verify(raw, sign, alipayKey)) {
                throw new MiniProgramLoginException(false, "Alipay: the answer's signature does not verify", null);
            }
        }
        String openid = r.get("open_id") instanceof JsonString s ? s.getString()
                : r.get("user_id") instanceof JsonString u ? u.getString() : null;
        if (openid == null || openid.isBlank()) {
            throw new MiniProgramLoginException(false, "Alipay: neither open_id nor user_id in the answer", null);
        }
        return new MiniProgramIdentity(openid, null);
    }

    /** The raw text of the object value of top-level member {@code name} (what Alipay signs), or null. */
    static String rawMember(String json, String name) {
        int key = json.indexOf("\"" + name + "\"");
        if (key < 0) {
            return null;
        }
        int start = json.indexOf('{', key + name.length() + 2);
        if (start < 0) {
            return null;
        }
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return json.substring(start, i + 1);
            }
        }
        return null;
    }
}
