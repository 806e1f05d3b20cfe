package io.chargeops.sql;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Applies the versioned scripts of {@code sql/} to a database and records them in
 * {@value #HISTORY_TABLE}.
 *
 * <p>Guarantees, in the order they are checked on every run:
 * <ol>
 * <li>Only one node migrates at a time: the run holds a row lock ({@code SELECT ... FOR UPDATE}
 * on {@value #LOCK_TABLE}) on a connection of its own for its whole duration; a second node
 * blocks there and afterwards finds nothing left to do.</li>
 * <li>A run refuses to start while a failed script is recorded (fix the database, then
 * {@link #repair()}), when an applied script's checksum changed (applied scripts are immutable:
 * add a new version instead), or when a pending script's version is lower than one already
 * applied (history must read in version order on every node).</li>
 * <li>Each script runs in one transaction together with its history row. H2 and DM8 commit DDL
 * implicitly, so for schema scripts this protects the history row, not the DDL; seed scripts are
 * plain DML and roll back completely when they fail.</li>
 * </ol>
 *
 * <p>Called from a Jakarta EE container, the caller must not be inside a JTA transaction
 * (e.g. an EJB {@code @Startup @Singleton} with bean-managed transactions, or a
 * {@code @PostConstruct} annotated {@code @TransactionAttribute(NOT_SUPPORTED)}), because the
 * runner commits and rolls back its own connections.
 */
public final class MigrationRunner {

    public static final String HISTORY_TABLE = "SCHEMA_VERSION";
    public static final String LOCK_TABLE = "SCHEMA_VERSION_LOCK";

    private static final System.Logger LOG = System.getLogger(MigrationRunner.class.getName());
    private static final long LOCK_RETRY_MILLIS = 250;
    private static final int MAX_QUERY_WAIT_SECONDS = 10;

    private final DataSource dataSource;
    private final ClasspathScriptScanner scanner;
    private String migrationLocation = ScriptKind.MIGRATION.defaultLocation();
    private String seedLocation = ScriptKind.SEED.defaultLocation();
    private Duration lockTimeout = Duration.ofMinutes(5);
    private DatabaseVendor scriptVendorOverride;

    public MigrationRunner(DataSource dataSource) {
        this(dataSource, MigrationRunner.class.getClassLoader());
    }

    public MigrationRunner(DataSource dataSource, ClassLoader classLoader) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.scanner = new ClasspathScriptScanner(Objects.requireNonNull(classLoader, "classLoader"));
    }

    /** Class path folder holding {@code h2/} and {@code dm8/} migration scripts; default {@code db/migration}. */
    public MigrationRunner migrationLocation(String location) {
        this.migrationLocation = Objects.requireNonNull(location);
        return this;
    }

    /** Class path folder holding {@code h2/} and {@code dm8/} seed scripts; default {@code db/seed}. */
    public MigrationRunner seedLocation(String location) {
        this.seedLocation = Objects.requireNonNull(location);
        return this;
    }

    /** How long to wait for another node's run to finish before giving up; default 5 minutes. */
    public MigrationRunner lockTimeout(Duration timeout) {
        this.lockTimeout = Objects.requireNonNull(timeout);
        return this;
    }

    /**
     * Runs the scripts of another vendor's folder. Only for tests that smoke-run the DM8 scripts
     * on H2 in Oracle mode; production always uses the detected vendor.
     */
    MigrationRunner scriptVendor(DatabaseVendor vendor) {
        this.scriptVendorOverride = vendor;
        return this;
    }

    /** Applies pending schema migrations; never seeds. */
    public MigrationReport migrate() {
        return run(false);
    }

    /**
     * Applies pending migrations and then, if {@code applySeeds}, pending seed scripts. The
     * embedded default passes {@code true}; production passes {@code false} so demo data can
     * never reach a real database.
     */
    public MigrationReport migrateAndSeed(boolean applySeeds) {
        return run(applySeeds);
    }

    public DatabaseVendor detectVendor() {
        try (Connection c = dataSource.getConnection()) {
            return DatabaseVendor.detect(c.getMetaData());
        } catch (SQLException e) {
            throw new MigrationException("Cannot connect to detect the database vendor: " + e.getMessage(), e);
        }
    }

    /** The history table, oldest first; empty when nothing was ever applied. */
    public List<AppliedScript> history() {
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c, HISTORY_TABLE)) {
                return List.of();
            }
            return readHistory(c);
        } catch (SQLException e) {
            throw new MigrationException("Cannot read " + HISTORY_TABLE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes history rows of failed scripts so the next run retries them. Call only after the
     * database was put back into the state the failed script expects (its DDL is not undone).
     *
     * @return number of rows removed
     */
    public int repair() {
        return withLock((vendor, work) -> {
            if (!tableExists(work, HISTORY_TABLE)) {
                return 0;
            }
            work.setAutoCommit(false);
            try (PreparedStatement ps = work.prepareStatement(
                    "DELETE FROM " + HISTORY_TABLE + " WHERE success = ?")) {
                ps.setBoolean(1, false);
                int removed = ps.executeUpdate();
                work.commit();
                if (removed > 0) {
                    LOG.log(Level.WARNING, "Removed {0} failed entries from {1}", removed, HISTORY_TABLE);
                }
                return removed;
            }
        });
    }

    private MigrationReport run(boolean applySeeds) {
        return withLock((vendor, work) -> {
            DatabaseVendor scriptVendor = scriptVendorOverride != null ? scriptVendorOverride : vendor;
            ensureHistoryTable(work, vendor);
            List<AppliedScript> history = readHistory(work);
            List<String> failed = history.stream().filter(h -> !h.success())
                    .map(AppliedScript::scriptName).collect(Collectors.toList());
            if (!failed.isEmpty()) {
                throw new MigrationException("A previous run failed in " + failed + ". Its DDL may be half applied:"
                        + " bring the database back to the state the script expects, correct the script,"
                        + " then call MigrationRunner.repair() (or delete the row with success = false from "
                        + HISTORY_TABLE + ") and start again.");
            }
            List<SqlScript> migrations = plan(history, ScriptKind.MIGRATION,
                    scanner.scan(migrationLocation, scriptVendor, ScriptKind.MIGRATION));
            List<SqlScript> seeds = applySeeds
                    ? plan(history, ScriptKind.SEED, scanner.scan(seedLocation, scriptVendor, ScriptKind.SEED))
                    : List.of();
            List<String> appliedMigrations = new ArrayList<>();
            for (SqlScript script : migrations) {
                apply(work, script);
                appliedMigrations.add(script.fileName());
            }
            List<String> appliedSeeds = new ArrayList<>();
            for (SqlScript script : seeds) {
                apply(work, script);
                appliedSeeds.add(script.fileName());
            }
            if (appliedMigrations.isEmpty() && appliedSeeds.isEmpty()) {
                LOG.log(Level.INFO, "{0} schema is current ({1} scripts applied earlier)", scriptVendor, history.size());
            }
            return new MigrationReport(scriptVendor, appliedMigrations, appliedSeeds);
        });
    }

    /** Validates local scripts of one kind against history and returns the pending ones in order. */
    private static List<SqlScript> plan(List<AppliedScript> history, ScriptKind kind, List<SqlScript> local) {
        Map<String, AppliedScript> applied = new HashMap<>();
        for (AppliedScript h : history) {
            if (h.kind() == kind) {
                applied.put(ScriptVersion.parse(h.version()).toString(), h);
            }
        }
        List<String> mismatches = new ArrayList<>();
        List<SqlScript> pending = new ArrayList<>();
        for (SqlScript script : local) {
            AppliedScript h = applied.remove(script.version().toString());
            if (h == null) {
                pending.add(script);
            } else if (!h.checksum().equals(script.checksum())) {
                mismatches.add(script.resourceName() + " (applied " + h.checksum().substring(0, 12)
                        + "…, now " + script.checksum().substring(0, 12) + "…)");
            }
        }
        if (!mismatches.isEmpty()) {
            throw new MigrationException("Checksum mismatch for already applied " + kind.name().toLowerCase()
                    + " scripts " + mismatches + ". Applied scripts must never change: revert the edit and put"
                    + " the change into a new version.");
        }
        for (AppliedScript unknown : applied.values()) {
            // A node running older code than the database: tolerated because migrations are additive.
            LOG.log(Level.WARNING, "{0} was applied to this database but is not on this node''s class path",
                    unknown.scriptName());
        }
        ScriptVersion highestApplied = history.stream().filter(h -> h.kind() == kind)
                .map(h -> ScriptVersion.parse(h.version())).max(ScriptVersion::compareTo).orElse(null);
        if (highestApplied != null) {
            List<String> outOfOrder = pending.stream().filter(s -> s.version().compareTo(highestApplied) < 0)
                    .map(SqlScript::resourceName).collect(Collectors.toList());
            if (!outOfOrder.isEmpty()) {
                throw new MigrationException("Scripts " + outOfOrder + " are older than version " + highestApplied
                        + " which is already applied. Renumber them above " + highestApplied + ".");
            }
        }
        return pending;
    }

    private void apply(Connection work, SqlScript script) throws SQLException {
        List<String> statements = script.statements();
        long started = System.nanoTime();
        work.setAutoCommit(false);
        int index = 0;
        String statement = null;
        try {
            for (String sql : statements) {
                index++;
                statement = sql;
                try (Statement st = work.createStatement()) {
                    st.execute(sql);
                }
            }
            insertHistory(work, script, true, elapsedMillis(started));
            work.commit();
            LOG.log(Level.INFO, "Applied {0} ({1} statements, {2} ms)", script.resourceName(), statements.size(),
                    elapsedMillis(started));
        } catch (SQLException e) {
            rollbackQuietly(work);
            try {
                insertHistory(work, script, false, elapsedMillis(started));
                work.commit();
            } catch (SQLException recordFailure) {
                e.addSuppressed(recordFailure);
                rollbackQuietly(work);
            }
            throw new MigrationException(script.resourceName() + " failed at statement " + index + " of "
                    + statements.size() + ": " + e.getMessage() + "\n--- statement ---\n" + abbreviate(statement)
                    + "\n--- DML of this script was rolled back; DDL before the failing statement was not"
                    + " (H2 and DM8 commit DDL implicitly). Repair the database, then call repair().", e);
        }
    }

    private void insertHistory(Connection work, SqlScript script, boolean success, long millis) throws SQLException {
        int rank;
        try (Statement st = work.createStatement();
             ResultSet rs = st.executeQuery("SELECT MAX(installed_rank) FROM " + HISTORY_TABLE)) {
            rs.next();
            rank = rs.getInt(1) + 1;
        }
        String user = work.getMetaData().getUserName();
        try (PreparedStatement ps = work.prepareStatement("INSERT INTO " + HISTORY_TABLE
                + " (installed_rank, script_kind, script_version, description, script_name, checksum,"
                + " installed_by, installed_on, execution_ms, success) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setInt(1, rank);
            ps.setString(2, script.kind().name());
            ps.setString(3, script.version().toString());
            ps.setString(4, truncate(script.description(), 200));
            ps.setString(5, truncate(script.fileName(), 255));
            ps.setString(6, script.checksum());
            ps.setString(7, truncate(user, 100));
            // Timestamp.valueOf keeps the wall-clock fields, so the column holds UTC whatever the JVM zone is.
            ps.setTimestamp(8, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            ps.setInt(9, (int) Math.min(Integer.MAX_VALUE, millis));
            ps.setBoolean(10, success);
            ps.executeUpdate();
        }
    }

    private static List<AppliedScript> readHistory(Connection c) throws SQLException {
        List<AppliedScript> rows = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT installed_rank, script_kind, script_version, description,"
                     + " script_name, checksum, installed_by, installed_on, execution_ms, success FROM "
                     + HISTORY_TABLE + " ORDER BY installed_rank")) {
            while (rs.next()) {
                Timestamp on = rs.getTimestamp(8);
                rows.add(new AppliedScript(rs.getInt(1), ScriptKind.valueOf(rs.getString(2).trim()),
                        rs.getString(3).trim(), rs.getString(4), rs.getString(5), rs.getString(6).trim(),
                        rs.getString(7), on == null ? null : on.toLocalDateTime(), rs.getInt(9), rs.getBoolean(10)));
            }
        }
        return rows;
    }

    private static void ensureHistoryTable(Connection c, DatabaseVendor vendor) throws SQLException {
        if (tableExists(c, HISTORY_TABLE)) {
            return;
        }
        String varchar = vendor.varcharType();
        String ddl = "CREATE TABLE " + HISTORY_TABLE + " ("
                + " installed_rank INT NOT NULL,"
                + " script_kind " + varchar + "(16) NOT NULL,"
                + " script_version " + varchar + "(32) NOT NULL,"
                + " description " + varchar + "(200) NOT NULL,"
                + " script_name " + varchar + "(255) NOT NULL,"
                + " checksum " + varchar + "(64) NOT NULL,"
                + " installed_by " + varchar + "(100),"
                + " installed_on TIMESTAMP NOT NULL,"
                + " execution_ms INT NOT NULL,"
                + " success " + vendor.booleanType() + " NOT NULL,"
                + " CONSTRAINT pk_schema_version PRIMARY KEY (installed_rank),"
                + " CONSTRAINT uk_schema_version UNIQUE (script_kind, script_version))";
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute(ddl);
        }
        LOG.log(Level.INFO, "Created {0}", HISTORY_TABLE);
    }

    // ---- locking ------------------------------------------------------------------------------

    @FunctionalInterface
    private interface LockedWork<T> {
        T run(DatabaseVendor vendor, Connection work) throws SQLException;
    }

    /**
     * Runs {@code body} on a work connection while a second connection holds the lock row. Two
     * connections, because DDL on the work connection commits implicitly and would otherwise
     * release the lock half-way through a run.
     */
    private <T> T withLock(LockedWork<T> body) {
        try (Connection lock = dataSource.getConnection()) {
            DatabaseVendor vendor = DatabaseVendor.detect(lock.getMetaData());
            boolean lockAutoCommit = lock.getAutoCommit();
            try {
                acquireLock(lock);
                try (Connection work = dataSource.getConnection()) {
                    boolean workAutoCommit = work.getAutoCommit();
                    try {
                        return body.run(vendor, work);
                    } finally {
                        rollbackQuietly(work);
                        work.setAutoCommit(workAutoCommit);
                    }
                }
            } finally {
                rollbackQuietly(lock); // releases the FOR UPDATE row lock
                lock.setAutoCommit(lockAutoCommit);
            }
        } catch (SQLException e) {
            throw new MigrationException("Database migration failed: " + e.getMessage(), e);
        }
    }

    private void acquireLock(Connection lock) throws SQLException {
        lock.setAutoCommit(true);
        if (!tableExists(lock, LOCK_TABLE)) {
            try (Statement st = lock.createStatement()) {
                st.execute("CREATE TABLE " + LOCK_TABLE + " (lock_id INT NOT NULL,"
                        + " CONSTRAINT pk_schema_version_lock PRIMARY KEY (lock_id))");
            } catch (SQLException e) {
                if (!tableExists(lock, LOCK_TABLE)) {
                    throw e;
                }
                // another node created it at the same moment
            }
        }
        if (!lockRowExists(lock)) {
            try (Statement st = lock.createStatement()) {
                st.executeUpdate("INSERT INTO " + LOCK_TABLE + " (lock_id) VALUES (1)");
            } catch (SQLException e) {
                if (!lockRowExists(lock)) {
                    throw e;
                }
                // another node inserted it at the same moment
            }
        }
        lock.setAutoCommit(false);
        long deadline = System.nanoTime() + lockTimeout.toNanos();
        boolean announced = false;
        while (true) {
            try (PreparedStatement ps = lock.prepareStatement(
                    "SELECT lock_id FROM " + LOCK_TABLE + " WHERE lock_id = 1 FOR UPDATE")) {
                long remainingSeconds = Math.max(1, (deadline - System.nanoTime()) / 1_000_000_000L);
                // DM8 waits for row locks without limit; a query timeout lets us re-check the deadline.
                ps.setQueryTimeout((int) Math.min(MAX_QUERY_WAIT_SECONDS, remainingSeconds));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new MigrationException("Lock row vanished from " + LOCK_TABLE);
                    }
                }
                return;
            } catch (SQLException e) {
                rollbackQuietly(lock);
                if (System.nanoTime() >= deadline) {
                    throw new MigrationException("Could not obtain the migration lock within " + lockTimeout
                            + ": another node is still migrating, or a crashed session holds " + LOCK_TABLE
                            + ". Last error: " + e.getMessage(), e);
                }
                if (!announced) {
                    LOG.log(Level.INFO, "Waiting for another node to finish migrating ({0})", e.getMessage());
                    announced = true;
                }
                sleep(LOCK_RETRY_MILLIS);
            }
        }
    }

    private static boolean lockRowExists(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + LOCK_TABLE + " WHERE lock_id = 1")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /**
     * Probes with a query instead of DatabaseMetaData because catalog/schema and identifier-case
     * rules differ between drivers; both H2 and DM8 survive a failed statement in auto-commit.
     */
    private static boolean tableExists(Connection c, String table) {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE 1 = 0")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the original failure is what matters to the caller
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000L;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String abbreviate(String sql) {
        if (sql == null) {
            return "(none)";
        }
        return sql.length() <= 500 ? sql : sql.substring(0, 500) + " …";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("Interrupted while waiting for the migration lock", e);
        }
    }
}
