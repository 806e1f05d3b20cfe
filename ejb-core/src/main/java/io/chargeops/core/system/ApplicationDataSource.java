package io.chargeops.core.system;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source of the platform, {@value #JNDI_NAME}, in both runtime shapes (single WAR on Payara Micro and
 * EAR on Payara Server). Values come from MicroProfile Config ({@code chargeops.db.*}); the defaults in
 * {@code META-INF/microprofile-config.properties} give an H2 file database under {@code ./data}. For Dameng DM8
 * set {@code CHARGEOPS_DB_URL=jdbc:dm://host:5236}, {@code CHARGEOPS_DB_DATASOURCE_CLASS=dm.jdbc.driver.DmdbDataSource}
 * and the user and password.
 */
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "${MPCONFIG=chargeops.db.datasource-class}",
        url = "${MPCONFIG=chargeops.db.url}",
        user = "${MPCONFIG=chargeops.db.user}",
        password = "${MPCONFIG=chargeops.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
public class ApplicationDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/chargeops";
}
