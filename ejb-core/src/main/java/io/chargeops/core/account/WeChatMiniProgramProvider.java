package io.chargeops.core.account;

import static io.chargeops.core.account.WeChatCodeExchange.enc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
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

    @Inject
    @ConfigProperty(name = "chargeops.app.wechat.mini-program.app-id")
    Optional<String> appId;

    @Inject
    @ConfigProperty(name = "chargeops.app.wechat.mini-program.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "chargeops.app.wechat.mini-program.base-url", defaultValue = "https://api.weixin.qq.com")
    String baseUrl;

    /** The HTTP GET, replaceable in tests. */
    WeChatCodeExchange.Transport transport = WeChatCodeExchange.HTTP;

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
        return WeChatCodeExchange.exchange(transport, requestUri(code), "jscode2session");
    }

    URI requestUri(String code) {
        return URI.create(baseUrl.replaceAll("/+$", "") + "/sns/jscode2session?appid=" + enc(appId.orElseThrow())
                + "&secret=" + enc(secret.orElseThrow()) + "&js_code=" + enc(code) + "&grant_type=authorization_code");
    }
}
