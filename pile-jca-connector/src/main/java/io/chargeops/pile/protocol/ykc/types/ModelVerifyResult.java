package io.chargeops.pile.protocol.ykc.types;

/** Billing-model verification outcome (0x06). */
public enum ModelVerifyResult implements ByteCode {
    CONSISTENT(0x00, "桩计费模型与平台一致"),
    INCONSISTENT(0x01, "桩计费模型与平台不一致");

    private final int code;
    private final String description;

    ModelVerifyResult(int code, String description) {
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
    public static ModelVerifyResult ofCode(int code) {
        return ByteCodes.lookup(ModelVerifyResult.class, code);
    }
}
