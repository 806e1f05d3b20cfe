package io.chargeops.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlStatementSplitterTest {

    @Test
    void splitsOnSemicolonsAndDropsEmptyStatements() {
        assertThat(SqlStatementSplitter.split("CREATE TABLE a (x INT);\n;\n  INSERT INTO a VALUES (1) ;"))
                .containsExactly("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)");
    }

    @Test
    void keepsSemicolonsInsideStringLiteralsIncludingEscapedQuotes() {
        List<String> s = SqlStatementSplitter.split(
                "INSERT INTO t VALUES ('a;b', 'it''s; fine');INSERT INTO t VALUES ('收费;规则')");
        assertThat(s).containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine')",
                "INSERT INTO t VALUES ('收费;规则')");
    }

    @Test
    void keepsSemicolonsInsideQuotedIdentifiers() {
        assertThat(SqlStatementSplitter.split("SELECT \"odd;name\" FROM t; SELECT 1"))
                .containsExactly("SELECT \"odd;name\" FROM t", "SELECT 1");
    }

    @Test
    void ignoresSemicolonsAndQuotesInComments() {
        String script = """
                -- header; with a semicolon and an 'unbalanced quote
                CREATE TABLE a (x INT); -- trailing; comment
                /* block; comment
                   spanning 'lines' */
                INSERT INTO a VALUES (1);
                """;
        assertThat(SqlStatementSplitter.split(script))
                .containsExactly("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)");
    }

    @Test
    void commentMarkersInsideLiteralsAreText() {
        assertThat(SqlStatementSplitter.split("INSERT INTO t VALUES ('-- not a comment', '/* nor this */');"))
                .containsExactly("INSERT INTO t VALUES ('-- not a comment', '/* nor this */')");
    }

    @Test
    void proceduralBlocksRunUntilSlashLine() {
        String script = """
                CREATE OR REPLACE TRIGGER trg_a BEFORE INSERT ON a FOR EACH ROW
                BEGIN
                  :NEW.x := 1;
                  :NEW.y := 'a;b';
                END;
                /
                INSERT INTO a VALUES (1);
                """;
        List<String> s = SqlStatementSplitter.split(script);
        assertThat(s).hasSize(2);
        assertThat(s.get(0)).startsWith("CREATE OR REPLACE TRIGGER").endsWith("END;").contains(":NEW.y := 'a;b';");
        assertThat(s.get(1)).isEqualTo("INSERT INTO a VALUES (1)");
    }

    @Test
    void divisionIsNotABlockTerminator() {
        assertThat(SqlStatementSplitter.split("SELECT 4 / 2 FROM DUAL;"))
                .containsExactly("SELECT 4 / 2 FROM DUAL");
    }

    @Test
    void unterminatedLiteralIsReportedWithItsLine() {
        assertThatThrownBy(() -> SqlStatementSplitter.split("SELECT 1;\nINSERT INTO t VALUES ('oops);"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("line 2");
    }

    @Test
    void unterminatedBlockCommentIsReported() {
        assertThatThrownBy(() -> SqlStatementSplitter.split("SELECT 1; /* open"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("comment");
    }
}
