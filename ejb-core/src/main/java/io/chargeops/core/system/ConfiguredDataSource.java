package io.chargeops.core.system;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The physical data source behind the container's connection pool. Payara resolves {@code ${MPCONFIG=...}} in
 * {@code @DataSourceDefinition} before the application's own config file is loaded, so the defaults in
 * {@code microprofile-config.properties} would be invisible there; this class instead reads {@code chargeops.db.url},
 * {@code chargeops.db.user} and {@code chargeops.db.password} when the pool opens its first connection, and picks the
 * JDBC driver (H2, Dameng, ...) that accepts the URL.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile Settings settings;
    private int loginTimeoutSeconds;
    private PrintWriter logWriter;

    record Settings(String url, String user, String password, Driver driver) {
        static Settings from(Config config, ClassLoader drivers) throws SQLException {
            String url = config.getOptionalValue("chargeops.db.url", String.class)
                    .orElseThrow(() -> new SQLException("chargeops.db.url is not set"));
            for (Driver driver : ServiceLoader.load(Driver.class, drivers)) {
                if (driver.acceptsURL(url)) {
                    return new Settings(url,
                            config.getOptionalValue("chargeops.db.user", String.class).orElse(""),
                            config.getOptionalValue("chargeops.db.password", String.class).orElse(""),
                            driver);
                }
            }
            throw new SQLException("No JDBC driver in the application accepts chargeops.db.url=" + url);
        }
    }

    private Settings settings() throws SQLException {
        Settings current = settings;
        if (current == null) {
            ClassLoader application = ConfiguredDataSource.class.getClassLoader();
            current = Settings.from(ConfigProvider.getConfig(application), application);
            settings = current;
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Settings current = settings();
        return connect(current, current.user(), current.password());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return connect(settings(), user, password);
    }

    private static Connection connect(Settings settings, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        Connection connection = settings.driver().connect(settings.url(), properties);
        if (connection == null) {
            throw new SQLException("Driver " + settings.driver().getClass().getName() + " refused " + settings.url());
        }
        return connection;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
