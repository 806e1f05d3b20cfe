package io.chargeops.core.account;

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
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * WeChat mini-program login (小程序登录, {@code auth.code2Session}): {@code GET <base>/sns/jscode2session?appid=…&secret=…
 * &js_code=…&grant_type=authorization_code}; the answer carries {@code openid}, {@code session_key} (not kept) and
 * {@code unionid} when the mini-program is bound to an open-platform account, or {@code errcode}/{@code errmsg}
 * (40029 invalid code, 40163 code used, 45011 rate limit, 40226 high-risk user, -1 busy). Settings
 * {@code chargeops.app.wechat.mini-program.*}; the secret is a secret (environment only).
 */
@ApplicationScoped
public class WeChatMiniProgramProvider implements MiniProgramProvider {

    /** errcodes that mean "this code will never work", as opposed to "try again". */
    private static final Set<Integer> CODE_REFUSED = Set.of(40029, 40163, 40226);

    @Inject
    @ConfigProperty(name = "chargeops.app.wechat.mini-program.app-id")
    Optional<String> appId;

    @Inject
    @ConfigProperty(name = "chargeops.app.wechat.mini-program.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "chargeops.app.wechat.mini-program.base-url", defaultValue = "https://api.weixin.qq.com")
    String baseUrl;

    /** The HTTP GET, replaceable in tests: returns status and body. */
    interface Transport {
        Map.Entry<Integer, String> get(URI uri) throws IOException, InterruptedException;
    }

    Transport transport = uri -> {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return Map.entry(r.statusCode(), r.body());
    };

    @Override
    public String name() {
        return "wechat";
    }

    @Override
    public boolean serves(MiniProgramPlatform platform) {
        return platform == MiniProgramPlatform.WECHAT;
    }

    @Override
    public boolean configured() {
        return appId.filter(s -> !s.isBlank()).isPresent() && secret.filter(s -> !s.isBlank()).isPresent();
    }

    @Override
    public MiniProgramIdentity exchange(MiniProgramPlatform platform, String code) {
        if (!configured()) {
            throw new MiniProgramLoginException(false, "chargeops.app.wechat.mini-program.* is not configured", null);
        }
        try {
            Map.Entry<Integer, String> answer = transport.get(requestUri(code));
            if (answer.getKey() != 200) {
                throw new MiniProgramLoginException(false, "WeChat jscode2session: HTTP " + answer.getKey(), null);
            }
            return parse(answer.getValue());
        } catch (IOException e) {
            throw new MiniProgramLoginException(false, "WeChat unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MiniProgramLoginException(false, "interrupted", e);
        }
    }

    URI requestUri(String code) {
        return URI.create(baseUrl.replaceAll("/+$", "") + "/sns/jscode2session?appid=" + enc(appId.orElseThrow())
                + "&secret=" + enc(secret.orElseThrow()) + "&js_code=" + enc(code) + "&grant_type=authorization_code");
    }

    static MiniProgramIdentity parse(String body) {
        JsonObject o;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            o = reader.readObject();
        } catch (RuntimeException e) {
            throw new MiniProgramLoginException(false, "WeChat jscode2session: not JSON", e);
        }
        int errcode = o.containsKey("errcode") ? o.getJsonNumber("errcode").intValue() : 0;
        if (errcode != 0) {
            throw new MiniProgramLoginException(CODE_REFUSED.contains(errcode),
                    "WeChat jscode2session: " + errcode + " " + o.getString("errmsg", ""), null);
        }
        String openid = o.get("openid") instanceof JsonString s ? s.getString() : null;
        if (openid == null || openid.isBlank()) {
            throw new MiniProgramLoginException(false, "WeChat jscode2session: no openid in the answer", null);
        }
        String unionid = o.get("unionid") instanceof JsonString s ? s.getString() : null;
        return new MiniProgramIdentity(openid, unionid == null || unionid.isBlank() ? null : unionid);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
