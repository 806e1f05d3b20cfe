package io.chargeops.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The embedded default: writes the code to the server log instead of sending an SMS (development, demos and the
 * integration tests, which read the code from the node's log). Never select it in production.
 */
@ApplicationScoped
public class LogSmsProvider implements SmsProvider {

    private static final Logger LOG = Logger.getLogger(LogSmsProvider.class.getName());

    @Override
    public String name() {
        return "log";
    }

    @Override
    public void send(String phone, String code, Duration validity) {
        LOG.info(() -> "SMS sign-in code for " + phone + ": " + code + " (valid " + validity.toMinutes() + " min; "
                + "chargeops.app.sms.provider=log sends no SMS)");
    }
}
