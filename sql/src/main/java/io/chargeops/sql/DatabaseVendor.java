package io.chargeops.sql;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The databases ChargeOps ships scripts for. Each vendor owns one script directory, so the
 * DDL can use the vendor's natural types instead of a lowest common denominator.
 */
public enum DatabaseVendor {

    /** Embedded default (file mode under ./data) and tests. */
    H2("h2", "BOOLEAN", "VARCHAR"),

    /** Dameng DM8, production; the JDBC driver reports the product as "DM DBMS". */
    DM8("dm8", "BIT", "VARCHAR2");

    private final String directory;
    private final String booleanType;
    private final String varcharType;

    DatabaseVendor(String directory, String booleanType, String varcharType) {
        this.directory = directory;
        this.booleanType = booleanType;
        this.varcharType = varcharType;
    }

    /** Sub-directory below a script location, e.g. {@code db/migration/dm8}. */
    public String directory() {
        return directory;
    }

    String booleanType() {
        return booleanType;
    }

    String varcharType() {
        return varcharType;
    }

    public static DatabaseVendor detect(DatabaseMetaData metaData) throws SQLException {
        return fromProductName(metaData.getDatabaseProductName());
    }

    public static DatabaseVendor fromProductName(String productName) {
        String name = productName == null ? "" : productName.trim().toUpperCase(Locale.ROOT);
        if (name.equals("H2")) {
            return H2;
        }
        if (name.startsWith("DM DBMS") || name.equals("DM")) {
            return DM8;
        }
        throw new MigrationException("Unsupported database product '" + productName
                + "': ChargeOps ships migration scripts for H2 and Dameng DM8 only");
    }
}
