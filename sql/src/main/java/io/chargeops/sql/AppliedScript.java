package io.chargeops.sql;

import java.time.LocalDateTime;

/**
 * One row of the {@code SCHEMA_VERSION} history table.
 *
 * @param installedOn wall-clock time in UTC (the column has no zone; ChargeOps stores instants as UTC)
 */
public record AppliedScript(int installedRank, ScriptKind kind, String version, String description,
                            String scriptName, String checksum, String installedBy,
                            LocalDateTime installedOn, int executionMillis, boolean success) {
}
