package io.chargeops.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AliyunSmsProviderTest {

    /** The worked example of Alibaba Cloud's RPC signature v1 documentation (DescribeRegions, testid/testsecret). */
    @Test
    void signatureMatchesTheDocumentedExample() {
        Map<String, String> p = new TreeMap<>(Map.of("AccessKeyId", "testid", "Action", "DescribeRegions",
                "Format", "XML", "SignatureMethod", "HMAC-SHA1", "SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
                "SignatureVersion", "1.0", "Timestamp", "2016-02-23T12:46:24Z", "Version", "2014-05-26"));
        String toSign = "GET&%2F&" + AliyunSmsProvider.encode(AliyunSmsProvider.canonicalQuery(p));
        assertThat(AliyunSmsProvider.sign(toSign, "testsecret&")).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    }

    @Test
    void sendsTheCodeInTheTemplateAndFailsOnARefusal() {
        AliyunSmsProvider sms = new AliyunSmsProvider();
        sms.accessKeyId = Optional.of("id");
        sms.accessKeySecret = Optional.of("secret");
        sms.signName = Optional.of("充电运营");
        sms.templateCode = Optional.of("SMS_123");
        sms.endpoint = "https://dysmsapi.aliyuncs.com/";
        sms.clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
        AtomicReference<URI> sent = new AtomicReference<>();
        sms.transport = uri -> {
            sent.set(uri);
            return Map.entry(200, "{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"1\"}");
        };
        sms.send("13812345678", "654321", Duration.ofMinutes(5));
        String query = URLDecoder.decode(sent.get().getRawQuery(), StandardCharsets.UTF_8);
        assertThat(query).contains("PhoneNumbers=13812345678").contains("TemplateParam={\"code\":\"654321\"}")
                .contains("SignName=充电运营").contains("Action=SendSms").contains("Signature=");

        sms.transport = uri -> Map.entry(200, "{\"Code\":\"isv.BUSINESS_LIMIT_CONTROL\",\"Message\":\"触发分钟级流控\"}");
        assertThatThrownBy(() -> sms.send("13812345678", "654321", Duration.ofMinutes(5)))
                .isInstanceOf(SmsProvider.SmsNotSentException.class).hasMessageContaining("BUSINESS_LIMIT_CONTROL");
    }
}
