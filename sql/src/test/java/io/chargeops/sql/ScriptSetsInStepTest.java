package io.chargeops.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 and DM8 scripts are written by hand side by side; these tests keep them from drifting apart
 * and catch the typical slips of porting between the two dialects.
 */
class ScriptSetsInStepTest {

    private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE\\s+TABLE\\s+([A-Za-z0-9_]+)\\s*\\((.*)\\)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CREATE_OTHER = Pattern.compile(
            "^CREATE\\s+(?:UNIQUE\\s+)?(SEQUENCE|VIEW|INDEX)\\s+([A-Za-z0-9_]+).*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INSERT = Pattern.compile("^INSERT\\s+INTO\\s+([A-Za-z0-9_]+).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final ClasspathScriptScanner scanner = new ClasspathScriptScanner(getClass().getClassLoader());

    @Test
    void bothVendorsListTheSameMigrationVersions() {
        List<SqlScript> h2 = scanner.scan("db/migration", DatabaseVendor.H2, ScriptKind.MIGRATION);
        List<SqlScript> dm8 = scanner.scan("db/migration", DatabaseVendor.DM8, ScriptKind.MIGRATION);
        assertThat(h2).isNotEmpty();
        assertThat(names(dm8)).isEqualTo(names(h2));
    }

    @Test
    void bothVendorsListTheSameSeedVersions() {
        List<SqlScript> h2 = scanner.scan("db/seed", DatabaseVendor.H2, ScriptKind.SEED);
        List<SqlScript> dm8 = scanner.scan("db/seed", DatabaseVendor.DM8, ScriptKind.SEED);
        assertThat(h2).isNotEmpty();
        assertThat(names(dm8)).isEqualTo(names(h2));
    }

    @Test
    void eachMigrationCreatesTheSameTablesColumnsSequencesViewsAndIndexes() {
        List<SqlScript> h2 = scanner.scan("db/migration", DatabaseVendor.H2, ScriptKind.MIGRATION);
        List<SqlScript> dm8 = scanner.scan("db/migration", DatabaseVendor.DM8, ScriptKind.MIGRATION);
        for (int i = 0; i < h2.size(); i++) {
            Schema a = Schema.of(h2.get(i));
            Schema b = Schema.of(dm8.get(i));
            // a migration that only alters tables (adds a column), fills the new columns or adds an index creates no
            // table; anything else must be parsed
            boolean altersOnly = h2.get(i).statements().stream().map(st -> st.strip().toUpperCase(Locale.ROOT))
                    .allMatch(st -> st.startsWith("ALTER TABLE") || st.startsWith("UPDATE ") || st.startsWith("CREATE INDEX"));
            if (!altersOnly) {
                assertThat(a.tables).as("CREATE TABLE names in " + h2.get(i).fileName()).isNotEmpty();
            }
            assertThat(b.tables.keySet()).as("tables of " + dm8.get(i)).isEqualTo(a.tables.keySet());
            assertThat(b.tables).as("columns per table of " + dm8.get(i)).isEqualTo(a.tables);
            assertThat(b.others).as("sequences, views, indexes of " + dm8.get(i)).isEqualTo(a.others);
        }
    }

    @Test
    void everyEntityTableHasItsSequence() {
        Schema all = new Schema();
        for (SqlScript s : scanner.scan("db/migration", DatabaseVendor.H2, ScriptKind.MIGRATION)) {
            all.add(Schema.of(s));
        }
        for (String table : all.tables.keySet()) {
            boolean singleIdColumn = all.tables.get(table).contains("ID");
            if (singleIdColumn) {
                assertThat(all.others).as("sequence for " + table).contains("SEQUENCE SEQ_" + table);
            }
        }
    }

    @Test
    void seedsInsertIntoTheSameTablesTheSameNumberOfTimes() {
        List<SqlScript> h2 = scanner.scan("db/seed", DatabaseVendor.H2, ScriptKind.SEED);
        List<SqlScript> dm8 = scanner.scan("db/seed", DatabaseVendor.DM8, ScriptKind.SEED);
        for (int i = 0; i < h2.size(); i++) {
            assertThat(inserts(dm8.get(i))).as(dm8.get(i).fileName()).isEqualTo(inserts(h2.get(i)));
        }
    }

    @Test
    void dm8ScriptsAvoidH2OnlySyntax() {
        List<SqlScript> dm8 = new ArrayList<>(scanner.scan("db/migration", DatabaseVendor.DM8, ScriptKind.MIGRATION));
        dm8.addAll(scanner.scan("db/seed", DatabaseVendor.DM8, ScriptKind.SEED));
        Pattern forbidden = Pattern.compile("\\b(BOOLEAN|TRUE|FALSE|IDENTITY|AUTO_INCREMENT|NUMERIC|IF\\s+NOT\\s+EXISTS|VARCHAR\\()",
                Pattern.CASE_INSENSITIVE);
        for (SqlScript s : dm8) {
            for (String statement : s.statements()) {
                Matcher m = forbidden.matcher(stripLiterals(statement));
                assertThat(m.find()).as(s.fileName() + " uses " + (m.find(0) ? m.group() : "") + " in: " + statement).isFalse();
            }
        }
    }

    /**
     * Not proof of DM8 compatibility (no DM8 server here), but a cheap syntax check: H2 in Oracle
     * mode understands VARCHAR2/NUMBER, so typos and missing commas in the DM8 scripts surface in
     * the build instead of at a customer site. H2 reads BIT as BOOLEAN and then refuses
     * {@code enabled = 1}, whereas DM8's BIT is numeric; the copies run here therefore declare
     * TINYINT instead, the only change made to them.
     */
    @Test
    void dm8ScriptsRunOnH2InOracleMode(@TempDir Path tmp) throws Exception {
        for (ScriptKind kind : ScriptKind.values()) {
            for (SqlScript s : scanner.scan(kind.defaultLocation(), DatabaseVendor.DM8, kind)) {
                Path copy = tmp.resolve("smoke-" + kind.name().toLowerCase(Locale.ROOT)).resolve("dm8").resolve(s.fileName());
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, s.sql().replaceAll("\\bBIT\\b", "TINYINT"), StandardCharsets.UTF_8);
            }
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:dm8smoke;MODE=Oracle;DB_CLOSE_DELAY=-1");
        try (URLClassLoader cl = new URLClassLoader(new URL[] {tmp.toUri().toURL()}, getClass().getClassLoader())) {
            MigrationReport report = new MigrationRunner(ds, cl).migrationLocation("smoke-migration")
                    .seedLocation("smoke-seed").scriptVendor(DatabaseVendor.DM8).migrateAndSeed(true);
            assertThat(report.appliedMigrations()).isNotEmpty();
            assertThat(report.appliedSeeds()).isNotEmpty();
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT role_code FROM v_console_user_group WHERE login_phone = '13900000000'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("PLATFORM_ADMIN");
        }
        // the platform admin (S001), the demo operator and finance accounts (S002), the franchisee operator (S003)
        assertThat(MigrationRunnerTest.count(ds, "SELECT COUNT(*) FROM v_console_credential")).isEqualTo(4);
        assertThat(MigrationRunnerTest.count(ds, "SELECT COUNT(*) FROM tariff_slot WHERE version_id = 1")).isEqualTo(48);
    }

    private static List<String> names(List<SqlScript> scripts) {
        return scripts.stream().map(SqlScript::fileName).toList();
    }

    private static Map<String, Integer> inserts(SqlScript script) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String st : script.statements()) {
            Matcher m = INSERT.matcher(st);
            if (m.matches()) {
                counts.merge(m.group(1).toUpperCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String stripLiterals(String sql) {
        return sql.replaceAll("'([^']|'')*'", "''");
    }

    /** What a script creates, by upper-cased name. */
    static final class Schema {
        final Map<String, Set<String>> tables = new TreeMap<>();
        final Set<String> others = new TreeSet<>();

        static Schema of(SqlScript script) {
            Schema schema = new Schema();
            for (String statement : script.statements()) {
                Matcher t = CREATE_TABLE.matcher(statement);
                if (t.matches()) {
                    schema.tables.put(t.group(1).toUpperCase(Locale.ROOT), columns(t.group(2)));
                    continue;
                }
                Matcher o = CREATE_OTHER.matcher(statement);
                if (o.matches()) {
                    schema.others.add(o.group(1).toUpperCase(Locale.ROOT) + " " + o.group(2).toUpperCase(Locale.ROOT));
                }
            }
            return schema;
        }

        void add(Schema other) {
            tables.putAll(other.tables);
            others.addAll(other.others);
        }

        /** Column names plus named constraints, from a CREATE TABLE body split on top-level commas. */
        private static Set<String> columns(String body) {
            Set<String> result = new TreeSet<>();
            int depth = 0;
            StringBuilder part = new StringBuilder();
            for (char ch : (body + ",").toCharArray()) {
                if (ch == '(') {
                    depth++;
                } else if (ch == ')') {
                    depth--;
                }
                if (ch == ',' && depth == 0) {
                    String[] words = part.toString().trim().split("\\s+");
                    String first = words[0].toUpperCase(Locale.ROOT);
                    result.add(first.equals("CONSTRAINT") ? "CONSTRAINT " + words[1].toUpperCase(Locale.ROOT) : first);
                    part.setLength(0);
                } else {
                    part.append(ch);
                }
            }
            return result;
        }
    }
}
