package io.chargeops.core.account;

import io.chargeops.core.crypto.RsaSignatures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.account.MiniProgramProvider.MiniProgramIdentity;
import io.chargeops.core.account.MiniProgramProvider.MiniProgramLoginException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MiniProgramProvidersTest {

    // ---- WeChat jscode2session -------------------------------------------------------------------------------------

    private static WeChatMiniProgramProvider wechat() {
        WeChatMiniProgramProvider p = new WeChatMiniProgramProvider();
        p.appId = Optional.of("wx1234567890abcdef");
        p.secret = Optional.of("s3cr&t");
        p.baseUrl = "https://api.weixin.qq.com/";
        return p;
    }

    @Test
    void wechatRequestIsTheDocumentedGet() {
        URI[] seen = new URI[1];
        WeChatMiniProgramProvider p = wechat();
        p.transport = uri -> {
            seen[0] = uri;
            return Map.entry(200, "{\"openid\":\"oAbc123\",\"session_key\":\"k==\",\"unionid\":\"uXyz\"}");
        };
        MiniProgramIdentity id = p.exchange(MiniProgramPlatform.WECHAT, "0a3X k2");
        assertThat(id).isEqualTo(new MiniProgramIdentity("oAbc123", "uXyz"));
        assertThat(seen[0].getScheme() + "://" + seen[0].getHost() + seen[0].getPath())
                .isEqualTo("https://api.weixin.qq.com/sns/jscode2session");
        assertThat(seen[0].getRawQuery())
                .isEqualTo("appid=wx1234567890abcdef&secret=s3cr%26t&js_code=0a3X+k2&grant_type=authorization_code");
    }

    @Test
    void wechatAnswersAreRead() {
        assertThat(WeChatCodeExchange.parse("{\"session_key\":\"k\",\"openid\":\"o1\"}", "jscode2session"))
                .isEqualTo(new MiniProgramIdentity("o1", null));
        assertThat(WeChatCodeExchange.parse("{\"errcode\":0,\"openid\":\"o1\",\"unionid\":\"\"}", "jscode2session").unionid()).isNull();
        assertThatThrownBy(() -> WeChatCodeExchange.parse("{\"errcode\":40029,\"errmsg\":\"invalid code\"}", "jscode2session"))
                .isInstanceOfSatisfying(MiniProgramLoginException.class, e -> assertThat(e.codeRefused()).isTrue())
                .hasMessageContaining("40029");
        assertThatThrownBy(() -> WeChatCodeExchange.parse("{\"errcode\":-1,\"errmsg\":\"system error\"}", "jscode2session"))
                .isInstanceOfSatisfying(MiniProgramLoginException.class, e -> assertThat(e.codeRefused()).isFalse());
        assertThatThrownBy(() -> WeChatCodeExchange.parse("<html>", "jscode2session"))
                .isInstanceOfSatisfying(MiniProgramLoginException.class, e -> assertThat(e.codeRefused()).isFalse());
    }

    @Test
    void wechatHttpErrorIsNotACodeRefusal() {
        WeChatMiniProgramProvider p = wechat();
        p.transport = uri -> Map.entry(502, "");
        assertThatThrownBy(() -> p.exchange(MiniProgramPlatform.WECHAT, "c"))
                .isInstanceOfSatisfying(MiniProgramLoginException.class, e -> assertThat(e.codeRefused()).isFalse());
    }

    // ---- Alipay alipay.system.oauth.token --------------------------------------------------------------------------

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static String pem(byte[] der) {
        return Base64.getMimeEncoder().encodeToString(der);
    }

    @Test
    void alipayRequestIsSignedRsa2OverTheSortedParameters() throws Exception {
        KeyPair merchant = rsa();
        AlipayMiniProgramProvider p = new AlipayMiniProgramProvider();
        p.appId = Optional.of("2021000000000001");
        p.privateKey = Optional.of("-----BEGIN PRIVATE KEY-----\n" + pem(merchant.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----");
        p.alipayPublicKey = Optional.empty();
        p.gateway = "https://openapi.alipay.com/gateway.do";
        p.clock = Clock.fixed(Instant.parse("2026-11-22T16:05:09Z"), ZoneOffset.UTC);
        String[] form = new String[1];
        URI[] uri = new URI[1];
        p.transport = (u, f) -> {
            uri[0] = u;
            form[0] = f;
            return Map.entry(200, "{\"alipay_system_oauth_token_response\":{\"user_id\":\"2088102150477652\",\"open_id\":"
                    + "\"074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5\",\"access_token\":\"t\",\"expires_in\":3600},\"sign\":\"x\"}");
        };
        MiniProgramIdentity id = p.exchange(MiniProgramPlatform.ALIPAY, "4b203fe6c11548bcabd8da5bb087a83b");
        assertThat(id.openid()).isEqualTo("074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5");
        assertThat(uri[0]).hasToString("https://openapi.alipay.com/gateway.do");
        Map<String, String> sent = Arrays.stream(form[0].split("&")).map(kv -> kv.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
        assertThat(sent).containsEntry("method", "alipay.system.oauth.token").containsEntry("grant_type", "authorization_code")
                .containsEntry("code", "4b203fe6c11548bcabd8da5bb087a83b").containsEntry("sign_type", "RSA2")
                .containsEntry("charset", "utf-8").containsEntry("version", "1.0").containsEntry("format", "JSON")
                .containsEntry("timestamp", "2026-11-23 00:05:09").containsEntry("app_id", "2021000000000001");
        assertThat(AlipayMiniProgramProvider.signContent(sent)).isEqualTo("app_id=2021000000000001&charset=utf-8"
                + "&code=4b203fe6c11548bcabd8da5bb087a83b&format=JSON&grant_type=authorization_code"
                + "&method=alipay.system.oauth.token&sign_type=RSA2&timestamp=2026-11-23 00:05:09&version=1.0");
        assertThat(RsaSignatures.verify(AlipayMiniProgramProvider.signContent(sent), sent.get("sign"),
                merchant.getPublic())).isTrue();
    }

    @Test
    void alipayAnswerSignatureIsCheckedOverTheRawResponseText() throws Exception {
        KeyPair alipay = rsa();
        String raw = "{\"user_id\":\"2088102150477652\",\"access_token\":\"composeB\\\"{}\",\"expires_in\":3600}";
        String sign = RsaSignatures.sign(raw, alipay.getPrivate());
        String body = "{\"alipay_system_oauth_token_response\":" + raw + ",\"sign\":\"" + sign + "\"}";
        assertThat(AlipayMiniProgramProvider.rawMember(body, "alipay_system_oauth_token_response")).isEqualTo(raw);
        assertThat(AlipayMiniProgramProvider.parse(body, alipay.getPublic()).openid()).isEqualTo("2088102150477652");
        String forged = body.replace("2088102150477652", "2088102150477653");
        assertThatThrownBy(() -> AlipayMiniProgramProvider.parse(forged, alipay.getPublic()))
                .isInstanceOf(MiniProgramLoginException.class).hasMessageContaining("signature");
    }

    @Test
    void alipayErrorResponseForABadCodeIsACodeRefusal() {
        String body = "{\"error_response\":{\"code\":\"40002\",\"msg\":\"Invalid Arguments\",\"sub_code\":\"isv.code-invalid\","
                + "\"sub_msg\":\"授权码code无效\"},\"sign\":\"x\"}";
        assertThatThrownBy(() -> AlipayMiniProgramProvider.parse(body, null))
                .isInstanceOfSatisfying(MiniProgramLoginException.class, e -> assertThat(e.codeRefused()).isTrue())
                .hasMessageContaining("isv.code-invalid");
        String busy = "{\"error_response\":{\"code\":\"20000\",\"msg\":\"Service Currently Unavailable\",\"sub_code\":\"isp.unknow-error\"}}";
        assertThatThrownBy(() -> AlipayMiniProgramProvider.parse(busy, null))
                .isInstanceOfSatisfying(MiniProgramLoginException.class, e -> assertThat(e.codeRefused()).isFalse());
    }

    // ---- sandbox ---------------------------------------------------------------------------------------------------

    @Test
    void sandboxIsDeterministicPerPlatformAndCode() {
        SandboxMiniProgramProvider s = new SandboxMiniProgramProvider();
        MiniProgramIdentity a = s.exchange(MiniProgramPlatform.WECHAT, "alice");
        assertThat(s.exchange(MiniProgramPlatform.WECHAT, "alice")).isEqualTo(a);
        assertThat(a.openid()).startsWith("sbx-").hasSize(32);
        assertThat(a.unionid()).startsWith("sbxu-");
        assertThat(s.exchange(MiniProgramPlatform.ALIPAY, "alice").openid()).isNotEqualTo(a.openid());
        assertThat(s.exchange(MiniProgramPlatform.ALIPAY, "alice").unionid()).isNull();
        assertThatThrownBy(() -> s.exchange(MiniProgramPlatform.WECHAT, "invalid-1"))
                .isInstanceOfSatisfying(MiniProgramLoginException.class, e -> assertThat(e.codeRefused()).isTrue());
    }
}
