package io.chargeops.pile.protocol.ykc.types;

/** Raise or lower the parking lock (0x62). */
public enum LockCommand implements ByteCode {
    RAISE(0x55, "升锁"),
    LOWER(0xFF, "降锁");

    private final int code;
    private final String description;

    LockCommand(int code, String description) {
        this.code = code;
        this.description = description;
    }

    @Override
    public int code() {
        return code;
    }

    /** The spec's own (Chinese) wording, handy in logs and consoles. */
    public String description() {
        return description;
    }

    /** @throws IllegalArgumentException for a code the spec does not define */
    public static LockCommand ofCode(int code) {
        return ByteCodes.lookup(LockCommand.class, code);
    }
}
