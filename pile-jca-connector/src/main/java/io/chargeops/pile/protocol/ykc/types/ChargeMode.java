package io.chargeops.pile.protocol.ykc.types;

/** BMS charge mode (0x23); 0x00 appears in the spec sample before the BMS has reported one. */
public enum ChargeMode implements ByteCode {
    NOT_REPORTED(0x00, "未上报"),
    CONSTANT_VOLTAGE(0x01, "恒压充电"),
    CONSTANT_CURRENT(0x02, "恒流充电");

    private final int code;
    private final String description;

    ChargeMode(int code, String description) {
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
    public static ChargeMode ofCode(int code) {
        return ByteCodes.lookup(ChargeMode.class, code);
    }
}
