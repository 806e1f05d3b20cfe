package io.chargeops.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationRunnerTest {

    @TempDir
    Path tmp;

    static JdbcDataSource memoryDb() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:mig-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    // ---- the real scripts -------------------------------------------------------------------

    @Test
    void appliesAllRealMigrationsAndSeedsOnH2() throws SQLException {
        JdbcDataSource ds = memoryDb();
        MigrationReport report = new MigrationRunner(ds).migrateAndSeed(true);

        assertThat(report.vendor()).isEqualTo(DatabaseVendor.H2);
        assertThat(report.appliedMigrations()).contains("V001__core_schema.sql");
        assertThat(report.appliedSeeds()).containsExactly("S001__demo_data.sql", "S002__ops_demo_data.sql", "S003__franchisee_demo.sql",
                "S004__interconnect_demo.sql", "S005__console_administration_demo.sql", "S006__pile_catalogue_demo.sql");
        assertThat(count(ds, "SELECT COUNT(*) FROM merchant")).isEqualTo(2); // the demo operator and its franchisee
        assertThat(count(ds, "SELECT COUNT(*) FROM tariff_slot WHERE version_id = 1")).isEqualTo(48);
        List<AppliedScript> history = new MigrationRunner(ds).history();
        assertThat(history).allMatch(AppliedScript::success);
        assertThat(history).extracting(AppliedScript::kind).containsSubsequence(ScriptKind.MIGRATION, ScriptKind.SEED);
        LocalDateTime utcNow = LocalDateTime.now(ZoneOffset.UTC);
        assertThat(history.get(0).installedOn()).isBetween(utcNow.minusMinutes(5), utcNow.plusMinutes(1));
    }

    @Test
    void secondRunIsANoOp() throws SQLException {
        JdbcDataSource ds = memoryDb();
        new MigrationRunner(ds).migrateAndSeed(true);
        List<AppliedScript> before = new MigrationRunner(ds).history();

        MigrationReport again = new MigrationRunner(ds).migrateAndSeed(true);

        assertThat(again.changedAnything()).isFalse();
        assertThat(new MigrationRunner(ds).history()).isEqualTo(before);
        assertThat(count(ds, "SELECT COUNT(*) FROM merchant")).isEqualTo(2); // the demo operator and its franchisee
    }

    @Test
    void productionRunNeverSeeds() throws SQLException {
        JdbcDataSource ds = memoryDb();
        MigrationReport report = new MigrationRunner(ds).migrate();

        assertThat(report.appliedSeeds()).isEmpty();
        assertThat(count(ds, "SELECT COUNT(*) FROM merchant")).isZero();
        assertThat(new MigrationRunner(ds).history()).noneMatch(h -> h.kind() == ScriptKind.SEED);
    }

    @Test
    void seedsCanBeEnabledLaterOnAMigratedDatabase() throws SQLException {
        JdbcDataSource ds = memoryDb();
        new MigrationRunner(ds).migrate();
        MigrationReport report = new MigrationRunner(ds).migrateAndSeed(true);
        assertThat(report.appliedMigrations()).isEmpty();
        assertThat(report.appliedSeeds()).containsExactly("S001__demo_data.sql", "S002__ops_demo_data.sql", "S003__franchisee_demo.sql",
                "S004__interconnect_demo.sql", "S005__console_administration_demo.sql", "S006__pile_catalogue_demo.sql");
    }

    // ---- behaviour with scripts made up by the test ------------------------------------------

    @Test
    void refusesToRunWhenAnAppliedScriptChanged() throws Exception {
        JdbcDataSource ds = memoryDb();
        write("mig/h2/V1__first.sql", "CREATE TABLE t1 (id INT);");
        write("mig/h2/V2__second.sql", "CREATE TABLE t2 (id INT);");
        runner(ds).migrate();

        write("mig/h2/V1__first.sql", "CREATE TABLE t1 (id BIGINT);");
        write("mig/h2/V3__third.sql", "CREATE TABLE t3 (id INT);");

        assertThatThrownBy(() -> runner(ds).migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("Checksum mismatch")
                .hasMessageContaining("V1__first.sql");
        assertThat(tableExists(ds, "T3")).as("nothing applied after a mismatch").isFalse();
    }

    @Test
    void failureLeavesHistoryConsistentAndBlocksUntilRepaired() throws Exception {
        JdbcDataSource ds = memoryDb();
        write("mig/h2/V1__ok.sql", "CREATE TABLE t1 (id INT);");
        write("mig/h2/V2__broken.sql", "CREATE TABLE t2 (id INT);\nINSERT INTO no_such_table VALUES (1);");
        write("mig/h2/V3__later.sql", "CREATE TABLE t3 (id INT);");

        assertThatThrownBy(() -> runner(ds).migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V2__broken.sql failed at statement 2 of 2")
                .hasMessageContaining("NO_SUCH_TABLE");

        List<AppliedScript> history = runner(ds).history();
        assertThat(history).extracting(AppliedScript::version, AppliedScript::success)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", true),
                        org.assertj.core.groups.Tuple.tuple("2", false));
        assertThat(tableExists(ds, "T3")).isFalse();

        assertThatThrownBy(() -> runner(ds).migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("repair()");

        // operator undoes the half-applied DDL, fixes the script, repairs
        exec(ds, "DROP TABLE t2");
        write("mig/h2/V2__broken.sql", "CREATE TABLE t2 (id INT);");
        assertThat(runner(ds).repair()).isEqualTo(1);
        MigrationReport report = runner(ds).migrate();

        assertThat(report.appliedMigrations()).containsExactly("V2__broken.sql", "V3__later.sql");
        assertThat(runner(ds).history()).allMatch(AppliedScript::success).hasSize(3);
    }

    @Test
    void failedSeedRollsBackItsRowsCompletely() throws Exception {
        JdbcDataSource ds = memoryDb();
        write("mig/h2/V1__table.sql", "CREATE TABLE t (id INT PRIMARY KEY);");
        write("seed/h2/S1__rows.sql", "INSERT INTO t VALUES (1);\nINSERT INTO t VALUES (2);\nINSERT INTO t VALUES (1);");

        assertThatThrownBy(() -> runner(ds).migrateAndSeed(true)).isInstanceOf(MigrationException.class);

        assertThat(count(ds, "SELECT COUNT(*) FROM t")).as("seed DML rolled back").isZero();
        assertThat(runner(ds).history()).extracting(AppliedScript::kind, AppliedScript::success)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ScriptKind.MIGRATION, true),
                        org.assertj.core.groups.Tuple.tuple(ScriptKind.SEED, false));
    }

    @Test
    void refusesPendingScriptOlderThanAppliedOnes() throws Exception {
        JdbcDataSource ds = memoryDb();
        write("mig/h2/V1__a.sql", "CREATE TABLE t1 (id INT);");
        write("mig/h2/V3__c.sql", "CREATE TABLE t3 (id INT);");
        runner(ds).migrate();
        write("mig/h2/V2__b.sql", "CREATE TABLE t2 (id INT);");

        assertThatThrownBy(() -> runner(ds).migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V2__b.sql")
                .hasMessageContaining("older than version 3");
    }

    @Test
    void appliesInNumericVersionOrder() throws Exception {
        JdbcDataSource ds = memoryDb();
        write("mig/h2/V10__third.sql", "INSERT INTO log VALUES (3);");
        write("mig/h2/V2__second.sql", "INSERT INTO log VALUES (2);");
        write("mig/h2/V1__first.sql", "CREATE TABLE log (step INT);\nINSERT INTO log VALUES (1);");

        assertThat(runner(ds).migrate().appliedMigrations())
                .containsExactly("V1__first.sql", "V2__second.sql", "V10__third.sql");
    }

    @Test
    void duplicateVersionsAreRejected() throws Exception {
        write("mig/h2/V1__a.sql", "SELECT 1;");
        write("mig/h2/V001__b.sql", "SELECT 1;");
        assertThatThrownBy(() -> runner(memoryDb()).migrate())
                .isInstanceOf(MigrationException.class).hasMessageContaining("share version 1");
    }

    @Test
    void findsScriptsInsideJars() throws Exception {
        Path jar = tmp.resolve("scripts.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String dir : List.of("jarmig/", "jarmig/h2/")) {
                out.putNextEntry(new JarEntry(dir));
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("jarmig/h2/V1__from_jar.sql"));
            out.write("CREATE TABLE from_jar (id INT);".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        JdbcDataSource ds = memoryDb();
        try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            MigrationReport report = new MigrationRunner(ds, cl).migrationLocation("jarmig").migrate();
            assertThat(report.appliedMigrations()).containsExactly("V1__from_jar.sql");
        }
        assertThat(tableExists(ds, "FROM_JAR")).isTrue();
    }

    /**
     * Several nodes starting at once against one database: each script must run exactly once and
     * no node may fail. The sleeping script keeps the first run inside its lock long enough for the
     * others to queue up on the lock row.
     */
    @Test
    void concurrentRunsApplyEachScriptOnce() throws Exception {
        JdbcDataSource ds = memoryDb();
        write("mig/h2/V1__sleep_fn.sql", "CREATE ALIAS SLEEP_MS FOR 'java.lang.Thread.sleep';");
        write("mig/h2/V2__slow.sql", "CREATE TABLE slow (id INT);\nCALL SLEEP_MS(1500);\nINSERT INTO slow VALUES (1);");
        write("mig/h2/V3__after.sql", "INSERT INTO slow VALUES (2);");

        int nodes = 4;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MigrationReport>> results = new ArrayList<>();
        try {
            for (int i = 0; i < nodes; i++) {
                Callable<MigrationReport> node = () -> {
                    start.await();
                    return runner(ds).lockTimeout(Duration.ofSeconds(60)).migrate();
                };
                results.add(pool.submit(node));
            }
            start.countDown();
            int applying = 0;
            for (Future<MigrationReport> r : results) {
                if (r.get().changedAnything()) {
                    applying++;
                }
            }
            assertThat(applying).as("exactly one node applies the scripts").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count(ds, "SELECT COUNT(*) FROM slow")).isEqualTo(2);
        assertThat(runner(ds).history()).hasSize(3).allMatch(AppliedScript::success);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private MigrationRunner runner(JdbcDataSource ds) {
        try {
            ClassLoader cl = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader());
            return new MigrationRunner(ds, cl).migrationLocation("mig").seedLocation("seed");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String relative, String content) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    static int count(JdbcDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void exec(JdbcDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static boolean tableExists(JdbcDataSource ds, String table) throws SQLException {
        return count(ds, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '" + table + "'") > 0;
    }
}
