package io.chargeops.pile.protocol.ykc.types;

/** Whether the pile may work (0x52). */
public enum WorkPermission implements ByteCode {
    ALLOWED(0x00, "允许正常工作"),
    LOCKED(0x01, "停止使用，锁定充电桩");

    private final int code;
    private final String description;

    WorkPermission(int code, String description) {
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
    public static WorkPermission ofCode(int code) {
        return ByteCodes.lookup(WorkPermission.class, code);
    }
}
