package io.chargeops.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The {@code chargeops.app.*} settings of sign-in and tokens (defaults in microprofile-config.properties). */
@ApplicationScoped
public class AccountSettings {

    @Inject
    @ConfigProperty(name = "chargeops.app.sms.provider", defaultValue = "log")
    String smsProvider;

    @Inject
    @ConfigProperty(name = "chargeops.app.sms.code-ttl-seconds", defaultValue = "300")
    long codeTtlSeconds;

    @Inject
    @ConfigProperty(name = "chargeops.app.sms.resend-seconds", defaultValue = "60")
    long resendSeconds;

    @Inject
    @ConfigProperty(name = "chargeops.app.sms.max-per-phone-per-day", defaultValue = "10")
    int maxPerPhonePerDay;

    @Inject
    @ConfigProperty(name = "chargeops.app.sms.max-per-ip-per-hour", defaultValue = "30")
    int maxPerIpPerHour;

    @Inject
    @ConfigProperty(name = "chargeops.app.sms.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "chargeops.app.token.access-ttl-seconds", defaultValue = "900")
    long accessTtlSeconds;

    @Inject
    @ConfigProperty(name = "chargeops.app.token.refresh-ttl-days", defaultValue = "30")
    long refreshTtlDays;

    public String smsProvider() {
        return smsProvider;
    }

    public Duration codeTtl() {
        return Duration.ofSeconds(codeTtlSeconds);
    }

    public Duration resendInterval() {
        return Duration.ofSeconds(resendSeconds);
    }

    public int maxPerPhonePerDay() {
        return maxPerPhonePerDay;
    }

    public int maxPerIpPerHour() {
        return maxPerIpPerHour;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration accessTtl() {
        return Duration.ofSeconds(accessTtlSeconds);
    }

    public Duration refreshTtl() {
        return Duration.ofDays(refreshTtlDays);
    }
}
