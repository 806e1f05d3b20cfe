package io.chargeops.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sessions.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Schema validation without letting EclipseLink touch DDL: every table, column and sequence the
 * mappings use exists in the migrated database, sequence increments equal the allocation sizes,
 * and no NOT NULL column without default is left unmapped (inserts would fail at run time).
 * Together with the sql module's H2-vs-DM8 comparison this also covers the DM8 scripts.
 */
class SchemaMatchesEntitiesTest {

    static TestDatabase db;
    static Server session;
    static Map<String, Map<String, Boolean>> columns; // table -> column -> required (NOT NULL and no default)
    static Map<String, Long> sequences;

    @BeforeAll
    static void start() throws SQLException {
        db = TestDatabase.empty();
        db.emf.createEntityManager().close(); // logs in and initialises descriptors
        session = JpaHelper.getServerSession(db.emf);
        columns = new HashMap<>();
        sequences = new HashMap<>();
        try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, IS_NULLABLE, COLUMN_DEFAULT"
                    + " FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                while (rs.next()) {
                    boolean required = "NO".equals(rs.getString(3)) && rs.getString(4) == null;
                    columns.computeIfAbsent(rs.getString(1), t -> new HashMap<>()).put(rs.getString(2), required);
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT SEQUENCE_NAME, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES")) {
                while (rs.next()) {
                    sequences.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void everyMappedTableAndColumnExists() {
        List<String> missing = new ArrayList<>();
        for (ClassDescriptor d : entityDescriptors()) {
            for (DatabaseTable table : d.getTables()) {
                if (!columns.containsKey(upper(table.getName()))) {
                    missing.add(d.getJavaClass().getSimpleName() + " → table " + table.getName());
                }
            }
            for (DatabaseField field : d.getFields()) {
                checkColumn(d, field, missing);
            }
            for (DatabaseMapping m : d.getMappings()) {
                if (m instanceof ManyToManyMapping mm) {
                    for (DatabaseField f : mm.getSourceRelationKeyFields()) {
                        checkColumn(d, f, missing);
                    }
                    for (DatabaseField f : mm.getTargetRelationKeyFields()) {
                        checkColumn(d, f, missing);
                    }
                }
            }
        }
        assertThat(missing).as("mapped but not in the schema").isEmpty();
    }

    @Test
    void noRequiredColumnIsLeftUnmapped() {
        List<String> unmapped = new ArrayList<>();
        Map<String, Set<String>> mapped = new HashMap<>();
        for (ClassDescriptor d : entityDescriptors()) {
            for (DatabaseField f : d.getFields()) {
                mapped.computeIfAbsent(upper(f.getTableName()), t -> new HashSet<>()).add(upper(f.getName()));
            }
        }
        mapped.forEach((table, mappedColumns) -> columns.getOrDefault(table, Map.of()).forEach((column, required) -> {
            if (required && !mappedColumns.contains(column)) {
                unmapped.add(table + "." + column);
            }
        }));
        assertThat(unmapped).as("NOT NULL columns without default that no entity writes").isEmpty();
    }

    @Test
    void everyEntityUsesItsOwnSequenceWithMatchingIncrement() {
        List<String> problems = new ArrayList<>();
        for (ClassDescriptor d : entityDescriptors()) {
            if (d.shouldBeReadOnly()) {
                continue; // a read-only mapping of another context's table (reports) never inserts
            }
            if (!d.usesSequenceNumbers()) {
                problems.add(d.getJavaClass().getSimpleName() + " does not use a sequence");
                continue;
            }
            Sequence seq = d.getSequence();
            String name = upper(seq.getName());
            String expected = "SEQ_" + upper(d.getTables().get(0).getName());
            if (!name.equals(expected)) {
                problems.add(d.getJavaClass().getSimpleName() + " uses " + name + ", expected " + expected);
            }
            Long increment = sequences.get(name);
            if (increment == null) {
                problems.add(name + " missing in the database");
            } else if (increment != seq.getPreallocationSize()) {
                problems.add(name + " increments by " + increment + " but allocationSize is " + seq.getPreallocationSize());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void generatedIdsStartAboveTheSeedRange() {
        Long id = db.inTransaction(em -> {
            var role = new io.chargeops.core.identity.ConsoleRole("TEST_ROLE", "测试", null);
            em.persist(role);
            em.flush();
            return role.getId();
        });
        assertThat(id).isGreaterThan(900L);
    }

    private static void checkColumn(ClassDescriptor d, DatabaseField field, List<String> missing) {
        String table = upper(field.getTableName());
        Map<String, Boolean> tableColumns = columns.get(table);
        if (tableColumns == null || !tableColumns.containsKey(upper(field.getName()))) {
            missing.add(d.getJavaClass().getSimpleName() + " → " + table + "." + field.getName());
        }
    }

    private static List<ClassDescriptor> entityDescriptors() {
        List<ClassDescriptor> result = new ArrayList<>();
        for (ClassDescriptor d : session.getDescriptors().values()) {
            if (!d.isAggregateDescriptor() && !d.isDescriptorForInterface()) {
                result.add(d);
            }
        }
        assertThat(result).hasSizeGreaterThanOrEqualTo(13);
        return result;
    }

    private static String upper(String s) {
        return s.replace("\"", "").toUpperCase(Locale.ROOT);
    }
}
