package io.chargeops.core.system;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source of the platform, {@value #JNDI_NAME}, pooled by the container in both runtime shapes (single
 * WAR on Payara Micro and EAR on Payara Server). Where it connects is MicroProfile Config ({@code chargeops.db.*},
 * read by {@link ConfiguredDataSource}); the defaults give an H2 file database under {@code ./data}. For Dameng DM8
 * set {@code CHARGEOPS_DB_URL=jdbc:dm://host:5236}, {@code CHARGEOPS_DB_USER} and {@code CHARGEOPS_DB_PASSWORD}.
 */
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "io.chargeops.core.system.ConfiguredDataSource",
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
