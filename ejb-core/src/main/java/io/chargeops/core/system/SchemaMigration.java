package io.chargeops.core.system;

import io.chargeops.sql.AppliedScript;
import io.chargeops.sql.MigrationReport;
import io.chargeops.sql.MigrationRunner;
import io.chargeops.sql.ScriptKind;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the schema up to date before anything else touches the database; a node whose schema cannot be migrated
 * does not start. Bean-managed, because each migration script commits on its own connection and must not be
 * swallowed by a container transaction. Demo data is applied only where {@code chargeops.db.seed-demo-data} is true
 * (the embedded default); production sets it false.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "chargeops.db.seed-demo-data", defaultValue = "false")
    boolean seedDemoData;

    private volatile String appliedVersion = "none";

    @PostConstruct
    void migrate() {
        MigrationRunner runner = new MigrationRunner(dataSource, SchemaMigration.class.getClassLoader());
        MigrationReport report = runner.migrateAndSeed(seedDemoData);
        appliedVersion = runner.history().stream()
                .filter(script -> script.kind() == ScriptKind.MIGRATION && script.success())
                .map(AppliedScript::version)
                .reduce((first, last) -> last)
                .orElse("none");
        LOG.info(() -> "Schema of " + report.vendor() + " at version " + appliedVersion
                + (report.changedAnything() ? "; applied " + report.appliedMigrations() + " seeds " + report.appliedSeeds() : "; up to date"));
    }

    /** The newest schema migration applied, e.g. {@code 2}. */
    public String appliedVersion() {
        return appliedVersion;
    }
}
