package io.chargeops.pile.protocol.ykc.types;

/** GB/T 27930 two-bit high/low state (BMS info 0x25); all four bit patterns are kept so decoding is lossless. */
public enum LevelStatus implements ByteCode {
    NORMAL(0x00, "正常"),
    HIGH(0x01, "过高"),
    LOW(0x02, "过低"),
    INVALID(0x03, "无效");

    private final int code;
    private final String description;

    LevelStatus(int code, String description) {
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
    public static LevelStatus ofCode(int code) {
        return ByteCodes.lookup(LevelStatus.class, code);
    }
}
