package io.chargeops.pile.protocol.ykc.types;

/** GB/T 27930 two-bit yes/no state (stop frames 0x1D/0x21, BMS info 0x25); all four bit patterns are kept so decoding is lossless. */
public enum FlagStatus implements ByteCode {
    NO(0x00, "否/正常"),
    YES(0x01, "是/异常"),
    NOT_CREDIBLE(0x02, "不可信状态"),
    INVALID(0x03, "无效");

    private final int code;
    private final String description;

    FlagStatus(int code, String description) {
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
    public static FlagStatus ofCode(int code) {
        return ByteCodes.lookup(FlagStatus.class, code);
    }
}
