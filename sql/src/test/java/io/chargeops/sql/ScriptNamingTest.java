package io.chargeops.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScriptNamingTest {

    @Test
    void versionsCompareNumericallyPerSegment() {
        assertThat(ScriptVersion.parse("010")).isGreaterThan(ScriptVersion.parse("9"));
        assertThat(ScriptVersion.parse("2.1")).isGreaterThan(ScriptVersion.parse("2"));
        assertThat(ScriptVersion.parse("001")).isEqualTo(ScriptVersion.parse("1"));
        assertThat(ScriptVersion.parse("1.0")).isEqualTo(ScriptVersion.parse("1")).hasSameHashCodeAs(ScriptVersion.parse("1"));
        assertThat(ScriptVersion.parse("007").toString()).isEqualTo("7");
        assertThatThrownBy(() -> ScriptVersion.parse("1a")).isInstanceOf(MigrationException.class);
    }

    @Test
    void parsesFileNamesByKind() {
        SqlScript v = SqlScript.of(ScriptKind.MIGRATION, "db/migration/h2/V003__add_orders.sql", "SELECT 1;");
        assertThat(v).isNotNull();
        assertThat(v.version()).hasToString("3");
        assertThat(v.description()).isEqualTo("add orders");
        assertThat(v.fileName()).isEqualTo("V003__add_orders.sql");
        assertThat(SqlScript.of(ScriptKind.SEED, "db/migration/h2/V003__add_orders.sql", "")).isNull();
        assertThat(SqlScript.of(ScriptKind.MIGRATION, "db/migration/h2/README.sql", "")).isNull();
    }

    @Test
    void checksumIgnoresLineEndingStyleAndBom() {
        SqlScript unix = SqlScript.of(ScriptKind.MIGRATION, "x/V1__a.sql", "CREATE TABLE a (x INT);\nSELECT 1;\n");
        SqlScript windows = SqlScript.of(ScriptKind.MIGRATION, "x/V1__a.sql", "\uFEFFCREATE TABLE a (x INT);\r\nSELECT 1;\r\n");
        SqlScript edited = SqlScript.of(ScriptKind.MIGRATION, "x/V1__a.sql", "CREATE TABLE a (x BIGINT);\nSELECT 1;\n");
        assertThat(windows.checksum()).isEqualTo(unix.checksum());
        assertThat(edited.checksum()).isNotEqualTo(unix.checksum());
    }

    @Test
    void detectsVendorFromProductName() {
        assertThat(DatabaseVendor.fromProductName("H2")).isEqualTo(DatabaseVendor.H2);
        assertThat(DatabaseVendor.fromProductName("DM DBMS")).isEqualTo(DatabaseVendor.DM8);
        assertThatThrownBy(() -> DatabaseVendor.fromProductName("PostgreSQL"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("PostgreSQL");
    }
}
