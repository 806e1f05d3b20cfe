package io.chargeops.pile.protocol.ykc.types;

/** Platform verdict on an uploaded transaction record (0x40). */
public enum TransactionConfirmResult implements ByteCode {
    ACCEPTED(0x00, "上传成功"),
    ILLEGAL(0x01, "非法账单");

    private final int code;
    private final String description;

    TransactionConfirmResult(int code, String description) {
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
    public static TransactionConfirmResult ofCode(int code) {
        return ByteCodes.lookup(TransactionConfirmResult.class, code);
    }
}
