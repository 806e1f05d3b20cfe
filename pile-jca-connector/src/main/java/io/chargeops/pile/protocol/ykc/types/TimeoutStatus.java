package io.chargeops.pile.protocol.ykc.types;

/** GB/T 27930 two-bit timeout state used by the error frame (0x1B); all four bit patterns are kept so decoding is lossless. */
public enum TimeoutStatus implements ByteCode {
    NORMAL(0x00, "正常"),
    TIMEOUT(0x01, "超时"),
    NOT_CREDIBLE(0x02, "不可信状态"),
    INVALID(0x03, "无效");

    private final int code;
    private final String description;

    TimeoutStatus(int code, String description) {
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
    public static TimeoutStatus ofCode(int code) {
        return ByteCodes.lookup(TimeoutStatus.class, code);
    }
}
