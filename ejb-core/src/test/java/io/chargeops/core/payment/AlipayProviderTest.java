package io.chargeops.core.payment;

import io.chargeops.core.crypto.RsaSignatures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alipay RSA2 order strings and notification verification against keys made here (app and "Alipay"). */
class AlipayProviderTest {

    KeyPair app;
    KeyPair alipayKeys;
    AlipayProvider alipay;

    @BeforeEach
    void setUp() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        app = g.generateKeyPair();
        alipayKeys = g.generateKeyPair();
        alipay = new AlipayProvider();
        alipay.appId = Optional.of("2021000000000001");
        alipay.privateKey = Optional.of(WeChatPayProviderTest.pem(app.getPrivate().getEncoded()));
        alipay.alipayPublicKey = Optional.of(WeChatPayProviderTest.pem(alipayKeys.getPublic().getEncoded()));
        alipay.notifyUrl = Optional.of("https://charge.example.cn/api/app/v1/payments/callbacks/alipay");
    }

    @Test
    void orderStringIsSignedOverTheSortedParameters() {
        String orderString = alipay.create(new PaymentProvider.Payment("RC1", new BigDecimal("100"), "钱包充值", null, null))
                .get("orderString");
        Map<String, String> params = AlipayProvider.form(orderString);
        assertThat(params).containsEntry("method", "alipay.trade.app.pay").containsEntry("sign_type", "RSA2");
        assertThat(params.get("biz_content")).contains("\"total_amount\":\"100.00\"").contains("\"out_trade_no\":\"RC1\"");
        String sign = params.remove("sign");
        assertThat(RsaSignatures.verify(AlipayProvider.content(params), sign, app.getPublic())).isTrue();
    }

    @Test
    void notificationVerifiesWithAlipaysKeyAndNotOtherwise() {
        Map<String, String> n = new TreeMap<>(Map.of("app_id", "2021000000000001", "out_trade_no", "RC1",
                "trade_no", "2026030122001", "total_amount", "100.00", "trade_status", "TRADE_SUCCESS",
                "notify_time", "2026-03-01 16:00:00", "charset", "utf-8"));
        String sign = RsaSignatures.sign(AlipayProvider.content(n), alipayKeys.getPrivate());
        n.put("sign", sign);
        n.put("sign_type", "RSA2");
        String body = encode(n);
        PaymentProvider.Notification ok = alipay.verify(new PaymentProvider.Callback(Map.of(), body));
        assertThat(ok.orderNo()).isEqualTo("RC1");
        assertThat(ok.amount()).isEqualByComparingTo("100.00");
        assertThat(ok.paid()).isTrue();
        assertThat(alipay.acknowledgement().body()).isEqualTo("success");

        assertThatThrownBy(() -> alipay.verify(new PaymentProvider.Callback(Map.of(), body.replace("100.00", "999.00"))))
                .isInstanceOf(PaymentProvider.ForgedCallbackException.class);
        n.put("sign", RsaSignatures.sign(AlipayProvider.content(Map.of("x", "y")), app.getPrivate()));
        assertThatThrownBy(() -> alipay.verify(new PaymentProvider.Callback(Map.of(), encode(n))))
                .isInstanceOf(PaymentProvider.ForgedCallbackException.class);
    }

    static String encode(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
