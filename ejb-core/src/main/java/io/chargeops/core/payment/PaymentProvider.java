package io.chargeops.core.payment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One payment channel. Implementations are {@code @ApplicationScoped} beans; {@code chargeops.payment.providers}
 * lists the names ({@link #name()}) users may choose.
 */
public interface PaymentProvider {

    /** e.g. {@code sandbox}, {@code wechat}, {@code alipay}; also the last segment of the callback URL. */
    String name();

    /**
     * Opens the payment with the provider and returns what the app needs to let the user pay (a prepay id and the
     * signed parameters for the WeChat SDK, Alipay's order string, ...).
     */
    Map<String, String> create(Payment payment);

    /**
     * Verifies a callback's signature (and decrypts it where the provider encrypts) and reads it.
     *
     * @throws ForgedCallbackException when the signature does not verify or the message is not the provider's
     */
    Notification verify(Callback callback);

    /** Whether the provider has the settings it needs (keys, ids); an enabled but unconfigured one is not offered. */
    default boolean configured() {
        return true;
    }

    /** The answer the provider expects when a callback was processed (or already had been). */
    Acknowledgement acknowledgement();

    /** A recharge to pay: amount in 元 (2 decimals). */
    record Payment(String orderNo, BigDecimal amount, String description, String clientIp, String payerOpenId) {
    }

    /** A callback as it arrived: header names lower-case, the raw body. */
    record Callback(Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** What a verified callback says. */
    record Notification(String orderNo, String providerTransactionId, BigDecimal amount, boolean paid) {
    }

    record Acknowledgement(int status, String contentType, String body) {
    }

    class ForgedCallbackException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ForgedCallbackException(String message) {
            super(message);
        }
    }
}
