package io.chargeops.pile.protocol.ykc.types;

/** When a reboot or update should run (0x92/0x94). */
public enum ExecutionControl implements ByteCode {
    IMMEDIATELY(0x01, "立即执行"),
    WHEN_IDLE(0x02, "空闲执行");

    private final int code;
    private final String description;

    ExecutionControl(int code, String description) {
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
    public static ExecutionControl ofCode(int code) {
        return ByteCodes.lookup(ExecutionControl.class, code);
    }
}
