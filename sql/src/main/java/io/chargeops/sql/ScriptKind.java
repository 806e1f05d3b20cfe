package io.chargeops.sql;

/**
 * Schema migrations run everywhere; seeds (demo data) only where the caller asks for them,
 * which is the embedded default. Both share one history table, told apart by kind.
 */
public enum ScriptKind {
    MIGRATION('V', "db/migration"),
    SEED('S', "db/seed");

    private final char prefix;
    private final String defaultLocation;

    ScriptKind(char prefix, String defaultLocation) {
        this.prefix = prefix;
        this.defaultLocation = defaultLocation;
    }

    /** File name prefix: {@code V001__x.sql} for migrations, {@code S001__x.sql} for seeds. */
    public char prefix() {
        return prefix;
    }

    public String defaultLocation() {
        return defaultLocation;
    }
}
