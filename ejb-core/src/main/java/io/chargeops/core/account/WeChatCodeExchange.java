package io.chargeops.core.account;

import io.chargeops.core.account.MiniProgramProvider.MiniProgramIdentity;
import io.chargeops.core.account.MiniProgramProvider.MiniProgramLoginException;
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
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * WeChat's one-time code exchange, shared by the mini-program login ({@code /sns/jscode2session}) and the website QR
 * login of the console ({@code /sns/oauth2/access_token}): both are a GET whose JSON answer carries {@code openid}
 * and, for an app bound to an open-platform account, {@code unionid}, or {@code errcode}/{@code errmsg} (40029
 * invalid code, 40163 code used, 40226 high-risk user: the code will never work; -1 busy, 45011 rate limit: try
 * again). Tokens in the answer are not kept.
 */
public final class WeChatCodeExchange {

    /** errcodes that mean "this code will never work", as opposed to "try again". */
    private static final Set<Integer> CODE_REFUSED = Set.of(40029, 40163, 40226);

    /** The HTTP GET, replaceable in tests: returns status and body. */
    public interface Transport {
        Map.Entry<Integer, String> get(URI uri) throws IOException, InterruptedException;
    }

    public static final Transport HTTP = uri -> {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return Map.entry(r.statusCode(), r.body());
    };

    private WeChatCodeExchange() {
    }

    /**
     * Calls {@code uri} and reads the identity from the answer.
     *
     * @throws MiniProgramLoginException WeChat refused the code ({@code codeRefused}) or could not be reached
     */
    public static MiniProgramIdentity exchange(Transport transport, URI uri, String what) {
        try {
            Map.Entry<Integer, String> answer = transport.get(uri);
            if (answer.getKey() != 200) {
                throw new MiniProgramLoginException(false, "WeChat " + what + ": HTTP " + answer.getKey(), null);
            }
            return parse(answer.getValue(), what);
        } catch (IOException e) {
            throw new MiniProgramLoginException(false, "WeChat unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MiniProgramLoginException(false, "interrupted", e);
        }
    }

    static MiniProgramIdentity parse(String body, String what) {
        JsonObject o;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            o = reader.readObject();
        } catch (RuntimeException e) {
            throw new MiniProgramLoginException(false, "WeChat " + what + ": not JSON", e);
        }
        int errcode = o.containsKey("errcode") ? o.getJsonNumber("errcode").intValue() : 0;
        if (errcode != 0) {
            throw new MiniProgramLoginException(CODE_REFUSED.contains(errcode),
                    "WeChat " + what + ": " + errcode + " " + o.getString("errmsg", ""), null);
        }
        String openid = o.get("openid") instanceof JsonString s ? s.getString() : null;
        if (openid == null || openid.isBlank()) {
            throw new MiniProgramLoginException(false, "WeChat " + what + ": no openid in the answer", null);
        }
        String unionid = o.get("unionid") instanceof JsonString s ? s.getString() : null;
        return new MiniProgramIdentity(openid, unionid == null || unionid.isBlank() ? null : unionid);
    }

    /** URL-encodes a query value. */
    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
