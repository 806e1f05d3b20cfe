package io.chargeops.core.payment;

import io.chargeops.core.crypto.RsaSignatures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Alipay (支付宝) app payments, RSA2 as the open platform specifies. {@code alipay.trade.app.pay} needs no server call:
 * the platform signs the request (parameters sorted by name, {@code k=v} joined with {@code &}, {@code sign} left out,
 * SHA256withRSA with the app's private key) and gives the app the URL-encoded {@code orderString} for its SDK. The
 * asynchronous notification (form-encoded POST) is verified the same way with Alipay's public key, {@code sign} and
 * {@code sign_type} left out, and must name this app id; it is answered with the text {@code success}.
 * Settings {@code chargeops.payment.alipay.*}; the private key is a secret (environment only).
 */
@ApplicationScoped
public class AlipayProvider implements PaymentProvider {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    @ConfigProperty(name = "chargeops.payment.alipay.app-id")
    Optional<String> appId;

    @Inject
    @ConfigProperty(name = "chargeops.payment.alipay.private-key")
    Optional<String> privateKey;

    @Inject
    @ConfigProperty(name = "chargeops.payment.alipay.alipay-public-key")
    Optional<String> alipayPublicKey;

    @Inject
    @ConfigProperty(name = "chargeops.payment.alipay.notify-url")
    Optional<String> notifyUrl;

    Clock clock = Clock.systemUTC();

    @Override
    public String name() {
        return "alipay";
    }

    @Override
    public boolean configured() {
        return appId.isPresent() && privateKey.isPresent() && alipayPublicKey.isPresent() && notifyUrl.isPresent();
    }

    @Override
    public Map<String, String> create(Payment payment) {
        Map<String, String> params = new TreeMap<>();
        params.put("app_id", appId.orElseThrow());
        params.put("method", "alipay.trade.app.pay");
        params.put("format", "JSON");
        params.put("charset", "utf-8");
        params.put("sign_type", "RSA2");
        params.put("timestamp", TIMESTAMP.format(clock.instant().atZone(ZoneId.of("Asia/Shanghai"))));
        params.put("version", "1.0");
        params.put("notify_url", notifyUrl.orElseThrow());
        params.put("biz_content", Json.createObjectBuilder()
                .add("out_trade_no", payment.orderNo())
                .add("total_amount", payment.amount().setScale(2).toPlainString())
                .add("subject", payment.description())
                .add("product_code", "QUICK_MSECURITY_PAY")
                .build().toString());
        String sign = RsaSignatures.sign(content(params), RsaSignatures.privateKey(privateKey.orElseThrow()));
        params.put("sign", sign);
        String orderString = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return Map.of("orderString", orderString);
    }

    @Override
    public Notification verify(Callback callback) {
        if (!configured() || callback.body() == null) {
            throw new ForgedCallbackException("Alipay is not configured or the notification is empty");
        }
        Map<String, String> params = form(callback.body());
        String sign = params.remove("sign");
        params.remove("sign_type");
        if (!RsaSignatures.verify(content(params), sign, RsaSignatures.publicKey(alipayPublicKey.orElseThrow()))) {
            throw new ForgedCallbackException("Alipay notification signature does not verify");
        }
        if (!appId.orElseThrow().equals(params.get("app_id"))) {
            throw new ForgedCallbackException("Alipay notification for another app");
        }
        String status = params.get("trade_status");
        try {
            return new Notification(params.get("out_trade_no"), params.get("trade_no"),
                    new BigDecimal(params.get("total_amount")),
                    "TRADE_SUCCESS".equals(status) || "TRADE_FINISHED".equals(status));
        } catch (RuntimeException e) {
            throw new ForgedCallbackException("Alipay notification unreadable");
        }
    }

    @Override
    public Acknowledgement acknowledgement() {
        return new Acknowledgement(200, "text/plain", "success");
    }

    /** The signed content: parameters with a value, sorted by name, {@code k=v} joined with {@code &}. */
    static String content(Map<String, String> params) {
        return new TreeMap<>(params).entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> form(String body) {
        Charset charset = StandardCharsets.UTF_8;
        Map<String, String> params = new TreeMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
            params.put(key, value);
        }
        return params;
    }
}
