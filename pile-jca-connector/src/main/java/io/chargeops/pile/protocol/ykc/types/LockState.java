package io.chargeops.pile.protocol.ykc.types;

/** Parking-lock arm position (0x61). */
public enum LockState implements ByteCode {
    NOT_IN_POSITION(0x00, "未到位状态"),
    RAISED(0x55, "升锁到位状态"),
    LOWERED(0xFF, "降锁到位状态");

    private final int code;
    private final String description;

    LockState(int code, String description) {
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
    public static LockState ofCode(int code) {
        return ByteCodes.lookup(LockState.class, code);
    }
}
