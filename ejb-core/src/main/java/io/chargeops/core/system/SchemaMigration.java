package io.chargeops.core.system;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema up to date before anything else touches the database. Bean-managed, because each migration
 * script commits on its own connection and must not be swallowed by a container transaction.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile String appliedVersion = "none";

    @PostConstruct
    void migrate() {
        LOG.info("Schema migration pending the runner");
    }

    public String appliedVersion() {
        return appliedVersion;
    }
}
