package io.chargeops.core.system;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Facts about this node: build version, database, applied schema version, zone and pile port. */
@Stateless
public class PlatformStatus {

    private static final String VERSION = readBuildVersion();

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SchemaMigration schemaMigration;

    @Inject
    @ConfigProperty(name = "chargeops.zone", defaultValue = "Asia/Shanghai")
    String zone;

    @Inject
    @ConfigProperty(name = "chargeops.pile.port", defaultValue = "8767")
    int pileListenerPort;

    public PlatformSummary summary() {
        return new PlatformSummary(VERSION, databaseProduct(), schemaMigration.appliedVersion(), zone, pileListenerPort);
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("Database unavailable: " + e.getMessage(), e);
        }
    }

    private static String readBuildVersion() {
        try (InputStream in = PlatformStatus.class.getResourceAsStream("build.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
