package io.chargeops.pile.protocol.ykc.types;

/** Outcome of a balance update (0x41). */
public enum BalanceUpdateResult implements ByteCode {
    SUCCESS(0x00, "修改成功"),
    DEVICE_MISMATCH(0x01, "设备编号错误"),
    CARD_MISMATCH(0x02, "卡号错误");

    private final int code;
    private final String description;

    BalanceUpdateResult(int code, String description) {
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
    public static BalanceUpdateResult ofCode(int code) {
        return ByteCodes.lookup(BalanceUpdateResult.class, code);
    }
}
