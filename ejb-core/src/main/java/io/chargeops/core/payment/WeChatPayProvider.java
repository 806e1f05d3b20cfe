package io.chargeops.core.payment;

import io.chargeops.core.crypto.RsaSignatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * WeChat Pay API v3 (微信支付): APP payments, and JSAPI (mini-program) payments when the payer's openid is given.
 *
 * <ul>
 * <li>Requests are signed as the v3 docs specify: {@code Authorization: WECHATPAY2-SHA256-RSA2048 mchid, nonce_str,
 * timestamp, serial_no, signature} with signature = Base64(SHA256withRSA(merchant key, "METHOD\nURL\ntimestamp\n
 * nonce\nbody\n")); answers are verified with the WeChat Pay platform public key ({@code Wechatpay-Signature} over
 * "timestamp\nnonce\nbody\n").</li>
 * <li>The app gets the parameters its SDK takes, signed with the merchant key (APP: appid, partnerid, prepayid,
 * package=Sign=WXPay, noncestr, timestamp, sign; JSAPI: appId, timeStamp, nonceStr, package=prepay_id=…,
 * signType=RSA, paySign).</li>
 * <li>Callbacks: serial must be the configured platform key's, timestamp within 5 minutes, signature verified, then the
 * resource decrypted with the APIv3 key (AEAD_AES_256_GCM, associated data and nonce from the message).</li>
 * </ul>
 * Settings {@code chargeops.payment.wechat.*}; keys are secrets (environment only).
 */
@ApplicationScoped
public class WeChatPayProvider implements PaymentProvider {

    static final Duration CALLBACK_WINDOW = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "chargeops.payment.wechat.mch-id")
    Optional<String> mchId;

    @Inject
    @ConfigProperty(name = "chargeops.payment.wechat.app-id")
    Optional<String> appId;

    @Inject
    @ConfigProperty(name = "chargeops.payment.wechat.merchant-serial-no")
    Optional<String> merchantSerialNo;

    @Inject
    @ConfigProperty(name = "chargeops.payment.wechat.merchant-private-key")
    Optional<String> merchantPrivateKey;

    @Inject
    @ConfigProperty(name = "chargeops.payment.wechat.platform-public-key")
    Optional<String> platformPublicKey;

    @Inject
    @ConfigProperty(name = "chargeops.payment.wechat.platform-serial-no")
    Optional<String> platformSerialNo;

    @Inject
    @ConfigProperty(name = "chargeops.payment.wechat.api-v3-key")
    Optional<String> apiV3Key;

    @Inject
    @ConfigProperty(name = "chargeops.payment.wechat.notify-url")
    Optional<String> notifyUrl;

    @Inject
    @ConfigProperty(name = "chargeops.payment.wechat.base-url", defaultValue = "https://api.mch.weixin.qq.com")
    String baseUrl;

    /** The HTTP exchange, replaceable in tests. */
    interface Transport {
        HttpResponse<String> post(URI uri, Map<String, String> headers, String body) throws IOException, InterruptedException;
    }

    Transport transport = (uri, headers, body) -> {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    };

    Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "wechat";
    }

    @Override
    public boolean configured() {
        return mchId.isPresent() && appId.isPresent() && merchantSerialNo.isPresent() && merchantPrivateKey.isPresent()
                && platformPublicKey.isPresent() && platformSerialNo.isPresent() && apiV3Key.isPresent()
                && notifyUrl.isPresent();
    }

    @Override
    public Map<String, String> create(Payment payment) {
        boolean jsapi = payment.payerOpenId() != null && !payment.payerOpenId().isBlank();
        String path = jsapi ? "/v3/pay/transactions/jsapi" : "/v3/pay/transactions/app";
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("appid", appId.orElseThrow())
                .add("mchid", mchId.orElseThrow())
                .add("description", payment.description())
                .add("out_trade_no", payment.orderNo())
                .add("notify_url", notifyUrl.orElseThrow())
                .add("amount", Json.createObjectBuilder().add("total", fen(payment.amount())).add("currency", "CNY"));
        if (jsapi) {
            body.add("payer", Json.createObjectBuilder().add("openid", payment.payerOpenId()));
        }
        if (payment.clientIp() != null) {
            body.add("scene_info", Json.createObjectBuilder().add("payer_client_ip", payment.clientIp()));
        }
        String json = body.build().toString();
        HttpResponse<String> response;
        try {
            response = transport.post(URI.create(baseUrl + path), Map.of(
                    "Authorization", authorization("POST", path, json),
                    "Content-Type", "application/json", "Accept", "application/json"), json);
        } catch (IOException e) {
            throw new IllegalStateException("WeChat Pay unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("WeChat Pay refused the order: HTTP " + response.statusCode() + " " + response.body());
        }
        if (!verifySigned(header(response, "Wechatpay-Timestamp"), header(response, "Wechatpay-Nonce"), response.body(),
                header(response, "Wechatpay-Signature"), header(response, "Wechatpay-Serial"))) {
            throw new IllegalStateException("WeChat Pay's answer does not carry a valid platform signature");
        }
        String prepayId = read(response.body()).getString("prepay_id");
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String nonce = nonce();
        PrivateKey key = RsaSignatures.privateKey(merchantPrivateKey.orElseThrow());
        Map<String, String> p = new LinkedHashMap<>();
        if (jsapi) {
            String pkg = "prepay_id=" + prepayId;
            p.put("appId", appId.orElseThrow());
            p.put("timeStamp", timestamp);
            p.put("nonceStr", nonce);
            p.put("package", pkg);
            p.put("signType", "RSA");
            p.put("paySign", RsaSignatures.sign(appId.orElseThrow() + "\n" + timestamp + "\n" + nonce + "\n" + pkg + "\n", key));
        } else {
            p.put("appid", appId.orElseThrow());
            p.put("partnerid", mchId.orElseThrow());
            p.put("prepayid", prepayId);
            p.put("package", "Sign=WXPay");
            p.put("noncestr", nonce);
            p.put("timestamp", timestamp);
            p.put("sign", RsaSignatures.sign(appId.orElseThrow() + "\n" + timestamp + "\n" + nonce + "\n" + prepayId + "\n", key));
        }
        return p;
    }

    @Override
    public Notification verify(Callback callback) {
        if (!configured()) {
            throw new ForgedCallbackException("WeChat Pay is not configured");
        }
        String timestamp = callback.header("Wechatpay-Timestamp");
        if (!verifySigned(timestamp, callback.header("Wechatpay-Nonce"), callback.body(),
                callback.header("Wechatpay-Signature"), callback.header("Wechatpay-Serial"))) {
            throw new ForgedCallbackException("WeChat Pay callback signature does not verify");
        }
        try {
            if (Math.abs(clock.instant().getEpochSecond() - Long.parseLong(timestamp)) > CALLBACK_WINDOW.toSeconds()) {
                throw new ForgedCallbackException("WeChat Pay callback outside the 5-minute window");
            }
            JsonObject resource = read(callback.body()).getJsonObject("resource");
            if (!"AEAD_AES_256_GCM".equals(resource.getString("algorithm"))) {
                throw new ForgedCallbackException("unknown resource algorithm");
            }
            JsonObject tx = read(decrypt(resource.getString("associated_data", ""), resource.getString("nonce"),
                    resource.getString("ciphertext")));
            if (!mchId.orElseThrow().equals(tx.getString("mchid", null))) {
                throw new ForgedCallbackException("callback for another merchant");
            }
            BigDecimal amount = BigDecimal.valueOf(tx.getJsonObject("amount").getJsonNumber("total").longValueExact(), 2);
            return new Notification(tx.getString("out_trade_no"), tx.getString("transaction_id"), amount,
                    "SUCCESS".equals(tx.getString("trade_state")));
        } catch (ForgedCallbackException e) {
            throw e;
        } catch (RuntimeException | GeneralSecurityException e) {
            throw new ForgedCallbackException("WeChat Pay callback unreadable: " + e.getMessage());
        }
    }

    @Override
    public Acknowledgement acknowledgement() {
        return new Acknowledgement(204, null, null);
    }

    String authorization(String method, String canonicalUrl, String body) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String nonce = nonce();
        String message = method + "\n" + canonicalUrl + "\n" + timestamp + "\n" + nonce + "\n" + body + "\n";
        String signature = RsaSignatures.sign(message, RsaSignatures.privateKey(merchantPrivateKey.orElseThrow()));
        return "WECHATPAY2-SHA256-RSA2048 mchid=\"" + mchId.orElseThrow() + "\",nonce_str=\"" + nonce + "\",signature=\""
                + signature + "\",timestamp=\"" + timestamp + "\",serial_no=\"" + merchantSerialNo.orElseThrow() + "\"";
    }

    private boolean verifySigned(String timestamp, String nonce, String body, String signature, String serial) {
        if (timestamp == null || nonce == null || body == null || signature == null
                || !platformSerialNo.orElseThrow().equals(serial)) {
            return false;
        }
        PublicKey key = RsaSignatures.publicKey(platformPublicKey.orElseThrow());
        return RsaSignatures.verify(timestamp + "\n" + nonce + "\n" + body + "\n", signature, key);
    }

    private String decrypt(String associatedData, String nonce, String ciphertext) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(apiV3Key.orElseThrow().getBytes(StandardCharsets.UTF_8), "AES"),
                new GCMParameterSpec(128, nonce.getBytes(StandardCharsets.UTF_8)));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return new String(cipher.doFinal(Base64.getDecoder().decode(ciphertext)), StandardCharsets.UTF_8);
    }

    private static String header(HttpResponse<String> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static long fen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    private static String nonce() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b).toUpperCase(java.util.Locale.ROOT);
    }
}
