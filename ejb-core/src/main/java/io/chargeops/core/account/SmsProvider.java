package io.chargeops.core.account;

import java.time.Duration;

/**
 * Sends a sign-in code by SMS. Implementations are {@code @ApplicationScoped} beans; {@code chargeops.app.sms.provider}
 * names the one in use ({@link #name()}).
 */
public interface SmsProvider {

    /** The name {@code chargeops.app.sms.provider} selects this provider by, e.g. {@code log}. */
    String name();

    /**
     * Sends {@code code} to {@code phone}; {@code validity} is how long it may be used.
     *
     * @throws SmsNotSentException when the provider refused or could not be reached
     */
    void send(String phone, String code, Duration validity);

    /** The provider could not send the message; the code request is refused and not counted. */
    class SmsNotSentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public SmsNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
