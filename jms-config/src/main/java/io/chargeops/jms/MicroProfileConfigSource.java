package io.chargeops.jms;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads {@code chargeops.jms.*} through MicroProfile Config, called reflectively so that the RAR
 * neither bundles nor hard-links the MicroProfile API: if the API or a provider is not reachable from
 * the adapter's class loader, the adapter falls back to system properties and environment.
 */
final class MicroProfileConfigSource implements JmsSettings.Source {

    private static final Logger LOG = Logger.getLogger(MicroProfileConfigSource.class.getName());

    private final Object config;
    private final Method getOptionalValue;

    private MicroProfileConfigSource(Object config, Method getOptionalValue) {
        this.config = config;
        this.getOptionalValue = getOptionalValue;
    }

    static Optional<JmsSettings.Source> tryCreate(ClassLoader loader) {
        try {
            Class<?> provider = Class.forName("org.eclipse.microprofile.config.ConfigProvider", true, loader);
            Object config = provider.getMethod("getConfig", ClassLoader.class).invoke(null, loader);
            Method m = Class.forName("org.eclipse.microprofile.config.Config", true, loader)
                    .getMethod("getOptionalValue", String.class, Class.class);
            return Optional.of(new MicroProfileConfigSource(config, m));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.log(Level.FINE, "MicroProfile Config not usable from the JMS resource adapter; using system properties/env", e);
            return Optional.empty();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<String> apply(String key) {
        try {
            return (Optional<String>) getOptionalValue.invoke(config, key, String.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "MicroProfile Config lookup of " + key + " failed", e);
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "MicroProfileConfig(" + config.getClass().getName() + ")";
    }
}
