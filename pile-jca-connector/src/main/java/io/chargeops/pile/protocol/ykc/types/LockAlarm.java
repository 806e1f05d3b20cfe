package io.chargeops.pile.protocol.ykc.types;

/** Parking-lock alarm (0x61). */
public enum LockAlarm implements ByteCode {
    NONE(0x00, "正常无报警"),
    ARM_LIFT_ABNORMAL(0x55, "摇臂升降异常"),
    ARM_DAMAGED(0xFF, "待机状态摇臂破坏");

    private final int code;
    private final String description;

    LockAlarm(int code, String description) {
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
    public static LockAlarm ofCode(int code) {
        return ByteCodes.lookup(LockAlarm.class, code);
    }
}
