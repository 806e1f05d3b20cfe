/**
 * ChargeOps' own schema migration mechanism: versioned SQL scripts kept per database vendor
 * ({@code db/migration/h2}, {@code db/migration/dm8}), optional demo seeds ({@code db/seed/...}) that
 * only the embedded default applies, and a small plain-JDBC {@link io.chargeops.sql.MigrationRunner}
 * that applies them under a database lock and records them in {@code SCHEMA_VERSION}. It exists
 * because Flyway has no Dameng support; it deliberately depends on nothing but the JDK so that an
 * EJB start-up singleton, a command-line tool and plain unit tests can all call it.
 */
package io.chargeops.sql;
