package io.chargeops.core.system;

import io.chargeops.core.persistence.DataScopeCriteria;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink recognises H2 by itself but knows nothing of Dameng, so a DM8 URL selects our own platform class.
 * Runs before login, when the database cannot be asked yet; the configured URL is what we know. Also installs the
 * data scope ({@link DataScopeCriteria}), since a persistence unit has one session customizer.
 */
public class DatabasePlatformSelection implements SessionCustomizer {

    static final String DAMENG_PLATFORM = "io.chargeops.core.persistence.DamengPlatform";

    @Override
    public void customize(Session session) {
        String url = ConfigProvider.getConfig().getOptionalValue("chargeops.db.url", String.class).orElse("");
        platformFor(url).ifPresent(platform -> session.getLogin().setPlatformClassName(platform));
        new DataScopeCriteria().customize(session); // the unit has one customizer: this one
    }

    static java.util.Optional<String> platformFor(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:dm:") ? java.util.Optional.of(DAMENG_PLATFORM) : java.util.Optional.empty();
    }
}
