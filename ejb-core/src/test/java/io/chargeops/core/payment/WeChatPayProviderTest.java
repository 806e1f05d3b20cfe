package io.chargeops.core.payment;

import io.chargeops.core.crypto.RsaSignatures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WeChat Pay v3 signing and callback verification against keys made here (merchant and platform). */
class WeChatPayProviderTest {

    static final String API_V3_KEY = "0123456789abcdef0123456789abcdef";
    static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    KeyPair merchant;
    KeyPair platform;
    WeChatPayProvider wechat;
    AtomicReference<String> sentAuthorization = new AtomicReference<>();
    AtomicReference<String> sentBody = new AtomicReference<>();

    @BeforeEach
    void setUp() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        merchant = g.generateKeyPair();
        platform = g.generateKeyPair();
        wechat = new WeChatPayProvider();
        wechat.mchId = Optional.of("1900000109");
        wechat.appId = Optional.of("wxd678efh567hg6787");
        wechat.merchantSerialNo = Optional.of("MERCHANT-SERIAL");
        wechat.merchantPrivateKey = Optional.of(pem(merchant.getPrivate().getEncoded()));
        wechat.platformPublicKey = Optional.of(pem(platform.getPublic().getEncoded()));
        wechat.platformSerialNo = Optional.of("PUB_KEY_ID_0114232134912410000000000000");
        wechat.apiV3Key = Optional.of(API_V3_KEY);
        wechat.notifyUrl = Optional.of("https://charge.example.cn/api/app/v1/payments/callbacks/wechat");
        wechat.baseUrl = "https://api.mch.weixin.qq.com";
        wechat.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        wechat.transport = (uri, headers, body) -> {
            sentAuthorization.set(headers.get("Authorization"));
            sentBody.set(body);
            String answer = "{\"prepay_id\":\"wx201410272009395522657a690389285100\"}";
            String ts = String.valueOf(NOW.getEpochSecond());
            return response(200, answer, Map.of("Wechatpay-Timestamp", ts, "Wechatpay-Nonce", "n1",
                    "Wechatpay-Serial", wechat.platformSerialNo.get(),
                    "Wechatpay-Signature", RsaSignatures.sign(ts + "\nn1\n" + answer + "\n", platform.getPrivate())));
        };
    }

    @Test
    void appPaymentRequestIsSignedWithTheMerchantKeyAndTheAppParametersToo() {
        Map<String, String> p = wechat.create(new PaymentProvider.Payment("RC1", new BigDecimal("100.00"), "充值", "1.2.3.4", null));
        assertThat(sentBody.get()).contains("\"total\":10000").contains("\"out_trade_no\":\"RC1\"").contains("\"mchid\":\"1900000109\"");
        Matcher m = Pattern.compile("WECHATPAY2-SHA256-RSA2048 mchid=\"1900000109\",nonce_str=\"(\\w+)\",signature=\"([^\"]+)\","
                + "timestamp=\"(\\d+)\",serial_no=\"MERCHANT-SERIAL\"").matcher(sentAuthorization.get());
        assertThat(m.matches()).as(sentAuthorization.get()).isTrue();
        String message = "POST\n/v3/pay/transactions/app\n" + m.group(3) + "\n" + m.group(1) + "\n" + sentBody.get() + "\n";
        assertThat(RsaSignatures.verify(message, m.group(2), merchant.getPublic())).isTrue();

        assertThat(p).containsEntry("prepayid", "wx201410272009395522657a690389285100").containsEntry("package", "Sign=WXPay");
        String signed = "wxd678efh567hg6787\n" + p.get("timestamp") + "\n" + p.get("noncestr") + "\n" + p.get("prepayid") + "\n";
        assertThat(RsaSignatures.verify(signed, p.get("sign"), merchant.getPublic())).isTrue();
    }

    @Test
    void miniProgramPaymentUsesJsapiWithThePayersOpenid() {
        Map<String, String> p = wechat.create(new PaymentProvider.Payment("RC2", new BigDecimal("0.01"), "充值", null, "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
        assertThat(sentBody.get()).contains("\"payer\":{\"openid\":\"oUpF8uMuAJO_M2pxb1Q9zNjWeS6o\"}").contains("\"total\":1");
        assertThat(p.get("package")).isEqualTo("prepay_id=wx201410272009395522657a690389285100");
        String signed = "wxd678efh567hg6787\n" + p.get("timeStamp") + "\n" + p.get("nonceStr") + "\n" + p.get("package") + "\n";
        assertThat(RsaSignatures.verify(signed, p.get("paySign"), merchant.getPublic())).isTrue();
    }

    @Test
    void anAnswerWithoutAValidPlatformSignatureIsNotTrusted() {
        wechat.transport = (uri, headers, body) -> response(200, "{\"prepay_id\":\"x\"}", Map.of("Wechatpay-Timestamp", "1",
                "Wechatpay-Nonce", "n", "Wechatpay-Serial", wechat.platformSerialNo.get(), "Wechatpay-Signature", "AAAA"));
        assertThatThrownBy(() -> wechat.create(new PaymentProvider.Payment("RC3", BigDecimal.ONE, "x", null, null)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void callbackIsVerifiedDecryptedAndRefusedWhenForgedOrStale() throws Exception {
        String tx = "{\"mchid\":\"1900000109\",\"appid\":\"wxd678efh567hg6787\",\"out_trade_no\":\"RC1\","
                + "\"transaction_id\":\"4200000001\",\"trade_state\":\"SUCCESS\",\"amount\":{\"total\":10000,\"payer_total\":10000,\"currency\":\"CNY\"}}";
        String body = "{\"id\":\"EV-2018022511223320873\",\"event_type\":\"TRANSACTION.SUCCESS\",\"resource_type\":\"encrypt-resource\","
                + "\"resource\":{\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\"" + encrypt(tx, "transaction", "fdasflkja484")
                + "\",\"associated_data\":\"transaction\",\"nonce\":\"fdasflkja484\",\"original_type\":\"transaction\"}}";
        String ts = String.valueOf(NOW.getEpochSecond() - 10);
        Map<String, String> headers = new HashMap<>(Map.of("wechatpay-timestamp", ts, "wechatpay-nonce", "abc",
                "wechatpay-serial", wechat.platformSerialNo.get(),
                "wechatpay-signature", RsaSignatures.sign(ts + "\nabc\n" + body + "\n", platform.getPrivate())));
        PaymentProvider.Notification n = wechat.verify(new PaymentProvider.Callback(headers, body));
        assertThat(n.orderNo()).isEqualTo("RC1");
        assertThat(n.providerTransactionId()).isEqualTo("4200000001");
        assertThat(n.amount()).isEqualByComparingTo("100.00");
        assertThat(n.paid()).isTrue();

        assertThatThrownBy(() -> wechat.verify(new PaymentProvider.Callback(headers, body.replace("SUCCESS", "SUCCESs"))))
                .isInstanceOf(PaymentProvider.ForgedCallbackException.class);
        Map<String, String> otherSerial = new HashMap<>(headers);
        otherSerial.put("wechatpay-serial", "SOMEONE-ELSE");
        assertThatThrownBy(() -> wechat.verify(new PaymentProvider.Callback(otherSerial, body)))
                .isInstanceOf(PaymentProvider.ForgedCallbackException.class);
        wechat.clock = Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC);
        assertThatThrownBy(() -> wechat.verify(new PaymentProvider.Callback(headers, body)))
                .isInstanceOf(PaymentProvider.ForgedCallbackException.class).hasMessageContaining("window");
    }

    static String encrypt(String plain, String aad, String nonce) throws Exception {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        SecretKey key = new SecretKeySpec(API_V3_KEY.getBytes(StandardCharsets.UTF_8), "AES");
        c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
        c.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(c.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    static String pem(byte[] der) {
        return "-----BEGIN KEY-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END KEY-----\n";
    }

    static HttpResponse<String> response(int status, String body, Map<String, String> headers) {
        Map<String, List<String>> h = new HashMap<>();
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        return new HttpResponse<>() {
            public int statusCode() { return status; }
            public HttpRequest request() { return null; }
            public Optional<HttpResponse<String>> previousResponse() { return Optional.empty(); }
            public HttpHeaders headers() { return HttpHeaders.of(h, (a, b) -> true); }
            public String body() { return body; }
            public Optional<SSLSession> sslSession() { return Optional.empty(); }
            public URI uri() { return null; }
            public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
        };
    }
}
