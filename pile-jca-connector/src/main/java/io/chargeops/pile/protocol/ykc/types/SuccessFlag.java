package io.chargeops.pile.protocol.ykc.types;

/** The common "0x00 failure / 0x01 success" result byte. */
public enum SuccessFlag implements ByteCode {
    FAILURE(0x00, "失败"),
    SUCCESS(0x01, "成功");

    private final int code;
    private final String description;

    SuccessFlag(int code, String description) {
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
    public static SuccessFlag ofCode(int code) {
        return ByteCodes.lookup(SuccessFlag.class, code);
    }
}
