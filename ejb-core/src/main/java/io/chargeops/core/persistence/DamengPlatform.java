package io.chargeops.core.persistence;

import java.io.IOException;
import java.io.Writer;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Calendar;
import java.util.Hashtable;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.internal.databaseaccess.FieldTypeDefinition;
import org.eclipse.persistence.internal.expressions.ExpressionSQLPrinter;
import org.eclipse.persistence.internal.expressions.SQLSelectStatement;
import org.eclipse.persistence.platform.database.OraclePlatform;
import org.eclipse.persistence.queries.ReadQuery;
import org.eclipse.persistence.queries.ValueReadQuery;

/**
 * EclipseLink target platform for Dameng DM8 ({@code eclipselink.target-database} =
 * {@code io.chargeops.core.persistence.DamengPlatform}; selected by
 * {@code io.chargeops.core.system.DatabasePlatformSelection} for {@code jdbc:dm:} URLs).
 *
 * <p>Extends {@link OraclePlatform} because DM8 implements Oracle's dialect where EclipseLink
 * leans on it most: sequences ({@code SEQ.NEXTVAL FROM DUAL}), {@code DUAL}, {@code NVL},
 * {@code INSTR}, {@code MINUS}, {@code CONNECT BY}, {@code FOR UPDATE [NOWAIT | WAIT n]}. It departs
 * from Oracle where DM8 differs or where the Oracle path is unverified on DM8:
 * <ul>
 * <li><b>Paging</b> uses {@code LIMIT ? OFFSET ?}, DM8's native syntax and the one Dameng's own
 * Hibernate dialect emits, instead of Oracle's nested {@code ROWNUM} sub-selects: a flat
 * statement the optimiser can stop early on, no synthetic {@code RNUM} column, and it combines
 * with {@code FOR UPDATE} (printed after the limit, as DM8 expects), which the ROWNUM form
 * cannot.</li>
 * <li><b>Booleans</b> are {@code BIT} columns (DM's JDBC driver maps BIT to
 * {@code java.lang.Boolean}); literals print as {@code 1}/{@code 0}.</li>
 * <li><b>Date/time literals</b> print in ANSI form ({@code TIMESTAMP '2026-01-01 08:00:00.25'})
 * keeping fractions, where Oracle's {@code to_date(...)} would drop them.</li>
 * <li><b>Column types</b> for generated DDL (tests and tools only; the sql module's scripts are the
 * schema): BIT, INT, BIGINT, NUMBER, VARCHAR2, TIMESTAMP, CLOB/BLOB.</li>
 * <li>Oracle-only features are switched off: VPD ({@code DBMS_RLS}), RETURNING-into anonymous
 * blocks, and {@link #isOracle()} (which would route flashback queries, LOB locators and
 * update-all through PL/SQL blocks).</li>
 * </ul>
 * Verified by SQL-rendering tests without a DM8 server (see {@code DamengPlatformTest}); running the
 * integration tests against a real DM8 is still owed.
 */
public class DamengPlatform extends OraclePlatform {

    private static final long serialVersionUID = 1L;

    public DamengPlatform() {
        super();
        this.pingSQL = "SELECT 1 FROM DUAL";
    }

    @Override
    protected Hashtable<Class<?>, FieldTypeDefinition> buildFieldTypes() {
        Hashtable<Class<?>, FieldTypeDefinition> types = new Hashtable<>();
        types.put(Boolean.class, new FieldTypeDefinition("BIT", false));
        types.put(Byte.class, new FieldTypeDefinition("TINYINT", false));
        types.put(Short.class, new FieldTypeDefinition("SMALLINT", false));
        types.put(Integer.class, new FieldTypeDefinition("INT", false));
        types.put(Long.class, new FieldTypeDefinition("BIGINT", false));
        types.put(Float.class, new FieldTypeDefinition("FLOAT", false));
        types.put(Double.class, new FieldTypeDefinition("DOUBLE", false));
        types.put(java.math.BigInteger.class, new FieldTypeDefinition("NUMBER", 38));
        types.put(java.math.BigDecimal.class, new FieldTypeDefinition("NUMBER", 38).setLimits(38, -38, 38));
        types.put(Number.class, new FieldTypeDefinition("NUMBER", 38).setLimits(38, -38, 38));
        types.put(String.class, new FieldTypeDefinition("VARCHAR2", DEFAULT_VARCHAR_SIZE));
        types.put(Character.class, new FieldTypeDefinition("CHAR", 1));
        types.put(Byte[].class, new FieldTypeDefinition("BLOB", false));
        types.put(byte[].class, new FieldTypeDefinition("BLOB", false));
        types.put(Character[].class, new FieldTypeDefinition("CLOB", false));
        types.put(char[].class, new FieldTypeDefinition("CLOB", false));
        types.put(java.sql.Blob.class, new FieldTypeDefinition("BLOB", false));
        types.put(java.sql.Clob.class, new FieldTypeDefinition("CLOB", false));
        types.put(java.sql.Date.class, new FieldTypeDefinition("DATE", false));
        types.put(java.sql.Time.class, new FieldTypeDefinition("TIME", false));
        types.put(java.sql.Timestamp.class, new FieldTypeDefinition("TIMESTAMP", false));
        types.put(java.util.Date.class, new FieldTypeDefinition("TIMESTAMP", false));
        types.put(java.util.Calendar.class, new FieldTypeDefinition("TIMESTAMP", false));
        types.put(java.time.LocalDate.class, new FieldTypeDefinition("DATE", false));
        types.put(java.time.LocalTime.class, new FieldTypeDefinition("TIME", false));
        types.put(java.time.LocalDateTime.class, new FieldTypeDefinition("TIMESTAMP", false));
        types.put(java.time.OffsetDateTime.class, new FieldTypeDefinition("TIMESTAMP WITH TIME ZONE", false));
        types.put(java.time.OffsetTime.class, new FieldTypeDefinition("TIME WITH TIME ZONE", false));
        return types;
    }

    // ---- sequences ----------------------------------------------------------------------------

    /** Stated explicitly rather than inherited: the JPA id generators depend on exactly this SQL. */
    @Override
    public ValueReadQuery buildSelectQueryForSequenceObject(String qualifiedSeqName, Integer size) {
        return new ValueReadQuery("SELECT " + qualifiedSeqName + ".NEXTVAL FROM DUAL");
    }

    // ---- paging -------------------------------------------------------------------------------

    @Override
    public void printSQLSelectStatement(DatabaseCall call, ExpressionSQLPrinter printer, SQLSelectStatement statement) {
        ReadQuery query = statement.getQuery();
        int max = query == null ? 0 : query.getMaxRows();
        if (max <= 0 || !shouldUseRownumFiltering()) {
            // No row limit: print plainly (FOR UPDATE included). A bare first-result is left to
            // JDBC, which skips rows client-side, rather than Oracle's ROWNUM wrapper.
            call.setFields(statement.printSQL(printer));
            return;
        }
        boolean printForUpdate = this.shouldPrintForUpdateClause;
        this.shouldPrintForUpdateClause = false;
        try {
            call.setFields(statement.printSQL(printer));
        } finally {
            this.shouldPrintForUpdateClause = printForUpdate;
        }
        printer.printString(" LIMIT ");
        printer.printParameter(DatabaseCall.MAXROW_FIELD);
        printer.printString(" OFFSET ");
        printer.printParameter(DatabaseCall.FIRSTRESULT_FIELD);
        statement.appendForUpdateClause(printer);
        call.setIgnoreFirstRowSetting(true);
        call.setIgnoreMaxResultsSetting(true);
    }

    /**
     * EclipseLink hands over the last row wanted (first result + page size), which suits
     * {@code ROWNUM <= ?}; {@code LIMIT} wants the page size itself.
     */
    @Override
    public int computeMaxRowsForSQL(int firstResultIndex, int maxResults) {
        return maxResults - Math.max(firstResultIndex, 0);
    }

    // ---- literals -----------------------------------------------------------------------------

    @Override
    protected void appendBoolean(Boolean bool, Writer writer) throws IOException {
        writer.write(Boolean.TRUE.equals(bool) ? "1" : "0");
    }

    @Override
    protected void appendTimestamp(Timestamp timestamp, Writer writer) throws IOException {
        writer.write("TIMESTAMP '");
        writer.write(timestampText(timestamp.toLocalDateTime()));
        writer.write('\'');
    }

    @Override
    protected void appendCalendar(Calendar calendar, Writer writer) throws IOException {
        appendTimestamp(new Timestamp(calendar.getTimeInMillis()), writer);
    }

    @Override
    protected void appendDate(Date date, Writer writer) throws IOException {
        writer.write("DATE '");
        writer.write(date.toLocalDate().toString());
        writer.write('\'');
    }

    @Override
    protected void appendTime(Time time, Writer writer) throws IOException {
        writer.write("TIME '");
        java.time.LocalTime t = time.toLocalTime();
        writer.write(String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
        writer.write('\'');
    }

    /** {@code yyyy-MM-dd HH:mm:ss[.ffffff]}: DM8 keeps microseconds, trailing zeros add nothing. */
    static String timestampText(LocalDateTime t) {
        StringBuilder sb = new StringBuilder(26);
        sb.append(String.format("%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond()));
        int micros = t.getNano() / 1000;
        if (micros != 0) {
            String fraction = String.format("%06d", micros);
            int end = fraction.length();
            while (fraction.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(fraction, 0, end);
        }
        return sb.toString();
    }

    // ---- capabilities -------------------------------------------------------------------------

    /** DM8 identifiers may be 128 bytes long, not Oracle's historical 30. */
    @Override
    public int getMaxFieldNameSize() {
        return 128;
    }

    @Override
    public boolean supportsVPD() {
        return false;
    }

    @Override
    public boolean canBuildCallWithReturning() {
        return false;
    }

    @Override
    public boolean isOracle() {
        return false;
    }

    public boolean isDameng() {
        return true;
    }
}
