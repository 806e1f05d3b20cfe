package io.chargeops.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per platform: the real provider ({@code wechat}, {@code alipay}) once its settings are present, otherwise the
 * {@code sandbox} provider while {@code chargeops.app.mini-program.sandbox} is true (the embedded default), otherwise
 * none (mini-program sign-in refused).
 */
@ApplicationScoped
public class MiniProgramProviders {

    @Inject
    @Any
    Instance<MiniProgramProvider> providers;

    @Inject
    @ConfigProperty(name = "chargeops.app.mini-program.sandbox", defaultValue = "true")
    boolean sandboxAllowed;

    public Optional<MiniProgramProvider> selected(MiniProgramPlatform platform) {
        MiniProgramProvider sandbox = null;
        for (MiniProgramProvider p : providers) {
            if (!p.serves(platform)) {
                continue;
            }
            if ("sandbox".equals(p.name())) {
                sandbox = p;
            } else if (p.configured()) {
                return Optional.of(p);
            }
        }
        return sandboxAllowed ? Optional.ofNullable(sandbox) : Optional.empty();
    }
}
