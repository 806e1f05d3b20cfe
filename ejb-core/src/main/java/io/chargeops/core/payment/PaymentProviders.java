package io.chargeops.core.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The payment providers {@code chargeops.payment.providers} enables, by name. */
@ApplicationScoped
public class PaymentProviders {

    @Inject
    @Any
    Instance<PaymentProvider> providers;

    @Inject
    @ConfigProperty(name = "chargeops.payment.providers", defaultValue = "sandbox")
    String enabled;

    public List<String> enabledNames() {
        List<String> names = new ArrayList<>();
        for (String n : Arrays.stream(enabled.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            if (find(n).filter(PaymentProvider::configured).isPresent()) {
                names.add(n);
            }
        }
        return names;
    }

    /** The enabled provider of this name. */
    public Optional<PaymentProvider> enabled(String name) {
        if (name == null || Arrays.stream(enabled.split(",")).map(String::trim).noneMatch(name::equals)) {
            return Optional.empty();
        }
        return find(name).filter(PaymentProvider::configured);
    }

    private Optional<PaymentProvider> find(String name) {
        for (PaymentProvider p : providers) {
            if (p.name().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
