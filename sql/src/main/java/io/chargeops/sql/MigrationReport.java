package io.chargeops.sql;

import java.util.List;

/**
 * What one run did: the vendor it detected and the scripts it applied, in order (empty when the
 * schema was already current).
 */
public record MigrationReport(DatabaseVendor vendor, List<String> appliedMigrations, List<String> appliedSeeds) {

    public MigrationReport {
        appliedMigrations = List.copyOf(appliedMigrations);
        appliedSeeds = List.copyOf(appliedSeeds);
    }

    public boolean changedAnything() {
        return !appliedMigrations.isEmpty() || !appliedSeeds.isEmpty();
    }
}
