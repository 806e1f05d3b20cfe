package io.chargeops.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** The SMS provider {@code chargeops.app.sms.provider} names, among the {@link SmsProvider} beans deployed. */
@ApplicationScoped
public class SmsProviders {

    @Inject
    @Any
    Instance<SmsProvider> providers;

    @Inject
    AccountSettings settings;

    public SmsProvider selected() {
        String name = settings.smsProvider();
        for (SmsProvider p : providers) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalStateException("No SMS provider named " + name + " (chargeops.app.sms.provider)");
    }
}
