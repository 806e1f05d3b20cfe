package io.chargeops.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Alibaba Cloud SMS (阿里云短信服务, {@code dysmsapi} {@code SendSms}, API version 2017-05-25) with the RPC signature
 * v1: parameters sorted, percent-encoded (RFC 3986: space %20, * %2A, ~ kept), string to sign
 * {@code GET&%2F&<encoded query>}, HMAC-SHA1 with {@code AccessKeySecret&}. The template takes the code as
 * {@code ${code}}. Settings {@code chargeops.app.sms.aliyun.*}; the key secret is a secret (environment only).
 */
@ApplicationScoped
public class AliyunSmsProvider implements SmsProvider {

    @Inject
    @ConfigProperty(name = "chargeops.app.sms.aliyun.access-key-id")
    Optional<String> accessKeyId;

    @Inject
    @ConfigProperty(name = "chargeops.app.sms.aliyun.access-key-secret")
    Optional<String> accessKeySecret;

    @Inject
    @ConfigProperty(name = "chargeops.app.sms.aliyun.sign-name")
    Optional<String> signName;

    @Inject
    @ConfigProperty(name = "chargeops.app.sms.aliyun.template-code")
    Optional<String> templateCode;

    @Inject
    @ConfigProperty(name = "chargeops.app.sms.aliyun.endpoint", defaultValue = "https://dysmsapi.aliyuncs.com/")
    String endpoint;

    /** The HTTP GET, replaceable in tests: returns status and body. */
    interface Transport {
        Map.Entry<Integer, String> get(URI uri) throws IOException, InterruptedException;
    }

    Transport transport = uri -> {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return Map.entry(r.statusCode(), r.body());
    };

    Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "aliyun";
    }

    @Override
    public void send(String phone, String code, Duration validity) {
        if (accessKeyId.isEmpty() || accessKeySecret.isEmpty() || signName.isEmpty() || templateCode.isEmpty()) {
            throw new SmsNotSentException("chargeops.app.sms.aliyun.* is not configured", null);
        }
        Map<String, String> params = new TreeMap<>();
        params.put("AccessKeyId", accessKeyId.get());
        params.put("Action", "SendSms");
        params.put("Format", "JSON");
        params.put("PhoneNumbers", phone);
        params.put("RegionId", "cn-hangzhou");
        params.put("SignName", signName.get());
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", UUID.randomUUID().toString());
        params.put("SignatureVersion", "1.0");
        params.put("TemplateCode", templateCode.get());
        params.put("TemplateParam", Json.createObjectBuilder().add("code", code).build().toString());
        params.put("Timestamp", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").format(clock.instant().atOffset(ZoneOffset.UTC)));
        params.put("Version", "2017-05-25");
        String query = canonicalQuery(params);
        String signature = sign("GET&" + encode("/") + "&" + encode(query), accessKeySecret.get() + "&");
        URI uri = URI.create(endpoint + "?Signature=" + encode(signature) + "&" + query);
        try {
            Map.Entry<Integer, String> answer = transport.get(uri);
            String status = "?";
            try (JsonReader reader = Json.createReader(new StringReader(answer.getValue()))) {
                JsonObject o = reader.readObject();
                status = o.getString("Code", "?") + " " + o.getString("Message", "");
            } catch (RuntimeException unreadable) {
                // reported below with the HTTP status
            }
            if (answer.getKey() != 200 || !status.startsWith("OK ")) {
                throw new SmsNotSentException("Aliyun SMS refused: HTTP " + answer.getKey() + " " + status, null);
            }
        } catch (IOException e) {
            throw new SmsNotSentException("Aliyun SMS unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsNotSentException("interrupted", e);
        }
    }

    static String canonicalQuery(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    static String sign(String stringToSign, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
