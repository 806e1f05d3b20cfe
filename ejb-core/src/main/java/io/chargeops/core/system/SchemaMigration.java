package io.chargeops.core.system;

import io.chargeops.sql.AppliedScript;
import io.chargeops.sql.DatabaseVendor;
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
 * swallowed by a container transaction. Demo data (which includes a console account with a published password) is
 * applied per {@code chargeops.db.seed-demo-data}: {@code auto} (default) seeds the embedded H2 database only, so a
 * production DM8 database never receives it by accident; {@code true} and {@code false} force either way.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "chargeops.db.seed-demo-data", defaultValue = "auto")
    String seedDemoData;

    private volatile String appliedVersion = "none";

    @PostConstruct
    void migrate() {
        MigrationRunner runner = new MigrationRunner(dataSource, SchemaMigration.class.getClassLoader());
        MigrationReport report = runner.migrateAndSeed(seedWanted(seedDemoData, runner.detectVendor()));
        appliedVersion = runner.history().stream()
                .filter(script -> script.kind() == ScriptKind.MIGRATION && script.success())
                .map(AppliedScript::version)
                .reduce((first, last) -> last)
                .orElse("none");
        LOG.info(() -> "Schema of " + report.vendor() + " at version " + appliedVersion
                + (report.changedAnything() ? "; applied " + report.appliedMigrations() + " seeds " + report.appliedSeeds() : "; up to date"));
    }

    static boolean seedWanted(String setting, DatabaseVendor vendor) {
        return switch (setting.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> vendor == DatabaseVendor.H2;
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(
                    "chargeops.db.seed-demo-data must be auto, true or false, not '" + setting + "'");
        };
    }

    /** The newest schema migration applied, e.g. {@code 2}. */
    public String appliedVersion() {
        return appliedVersion;
    }
}
