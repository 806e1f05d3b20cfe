package io.chargeops.core.identity;

import static io.chargeops.core.account.WeChatCodeExchange.enc;

import io.chargeops.core.account.MiniProgramProvider.MiniProgramIdentity;
import io.chargeops.core.account.MiniProgramProvider.MiniProgramLoginException;
import io.chargeops.core.account.WeChatCodeExchange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * WeChat Open Platform website login (网站应用微信登录): the browser goes to {@code qrconnect?appid=…&redirect_uri=…
 * &response_type=code&scope=snsapi_login&state=…#wechat_redirect}, the user scans and confirms in WeChat, WeChat
 * returns to the callback with {@code code} and {@code state}, and {@code GET /sns/oauth2/access_token?appid=…
 * &secret=…&code=…&grant_type=authorization_code} says whose code it was. The callback's domain must be the one
 * registered for the website application. Settings {@code chargeops.console.wechat-login.*}; the secret is a secret
 * (environment only).
 */
@ApplicationScoped
public class WeChatQrLoginProvider implements ConsoleQrLoginProvider {

    @Inject
    @ConfigProperty(name = "chargeops.console.wechat-login.app-id")
    Optional<String> appId;

    @Inject
    @ConfigProperty(name = "chargeops.console.wechat-login.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "chargeops.console.wechat-login.qr-url", defaultValue = "https://open.weixin.qq.com/connect/qrconnect")
    String qrUrl;

    @Inject
    @ConfigProperty(name = "chargeops.console.wechat-login.base-url", defaultValue = "https://api.weixin.qq.com")
    String baseUrl;

    /** The HTTP GET, replaceable in tests. */
    WeChatCodeExchange.Transport transport = WeChatCodeExchange.HTTP;

    @Override
    public String name() {
        return "wechat";
    }

    @Override
    public boolean configured() {
        return appId.filter(s -> !s.isBlank()).isPresent() && secret.filter(s -> !s.isBlank()).isPresent();
    }

    @Override
    public URI authorizationUrl(String state, URI callback) {
        return URI.create(qrUrl + "?appid=" + enc(appId.orElseThrow()) + "&redirect_uri=" + enc(callback.toString())
                + "&response_type=code&scope=snsapi_login&state=" + enc(state) + "#wechat_redirect");
    }

    @Override
    public String identify(String code) {
        if (!configured()) {
            throw new QrLoginRefused(false, "chargeops.console.wechat-login.* is not configured", null);
        }
        URI token = URI.create(baseUrl.replaceAll("/+$", "") + "/sns/oauth2/access_token?appid=" + enc(appId.orElseThrow())
                + "&secret=" + enc(secret.orElseThrow()) + "&code=" + enc(code) + "&grant_type=authorization_code");
        try {
            MiniProgramIdentity identity = WeChatCodeExchange.exchange(transport, token, "oauth2/access_token");
            return identity.unionid() != null ? identity.unionid() : identity.openid();
        } catch (MiniProgramLoginException e) {
            throw new QrLoginRefused(e.codeRefused(), e.getMessage(), e);
        }
    }
}
