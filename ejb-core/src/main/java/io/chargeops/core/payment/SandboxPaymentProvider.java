package io.chargeops.core.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The embedded default's payment channel: no money moves. Creating a payment returns, besides an order number, the
 * callback the "provider" will send once the user has paid — a JSON body and its HMAC-SHA256 signature with the
 * node's sandbox secret ({@code chargeops.payment.sandbox.secret}, random per start unless set) — and whoever plays
 * the payer (a demo page, a test) posts it to {@code /api/app/v1/payments/callbacks/sandbox} with the header
 * {@code X-Sandbox-Signature}. A changed body or signature does not verify. Never enable it in production.
 */
@ApplicationScoped
public class SandboxPaymentProvider implements PaymentProvider {

    public static final String SIGNATURE_HEADER = "X-Sandbox-Signature";

    @Inject
    @ConfigProperty(name = "chargeops.payment.sandbox.secret")
    Optional<String> configuredSecret;

    private byte[] secret;

    byte[] secret() {
        if (secret == null) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            secret = configuredSecret != null && configuredSecret.filter(s -> !s.isBlank()).isPresent()
                    ? configuredSecret.get().getBytes(StandardCharsets.UTF_8) : random;
        }
        return secret;
    }

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public Map<String, String> create(Payment payment) {
        String body = Json.createObjectBuilder()
                .add("orderNo", payment.orderNo())
                .add("transactionId", "SBX" + UUID.randomUUID().toString().replace("-", "").substring(0, 24))
                .add("amount", payment.amount().toPlainString())
                .add("status", "SUCCESS")
                .build().toString();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("callbackUrl", "/api/app/v1/payments/callbacks/sandbox");
        parameters.put("callbackBody", body);
        parameters.put("callbackSignature", sign(body));
        return parameters;
    }

    @Override
    public Notification verify(Callback callback) {
        String signature = callback.header(SIGNATURE_HEADER);
        if (signature == null || callback.body() == null || !MessageDigest.isEqual(
                signature.getBytes(StandardCharsets.US_ASCII), sign(callback.body()).getBytes(StandardCharsets.US_ASCII))) {
            throw new ForgedCallbackException("sandbox callback signature does not verify");
        }
        try (JsonReader reader = Json.createReader(new StringReader(callback.body()))) {
            JsonObject o = reader.readObject();
            return new Notification(o.getString("orderNo"), o.getString("transactionId"),
                    new BigDecimal(o.getString("amount")), "SUCCESS".equals(o.getString("status")));
        } catch (RuntimeException e) {
            throw new ForgedCallbackException("sandbox callback body unreadable");
        }
    }

    @Override
    public Acknowledgement acknowledgement() {
        return new Acknowledgement(200, "application/json", "{\"code\":\"SUCCESS\"}");
    }

    String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
