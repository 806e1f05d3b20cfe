package io.chargeops.pile.protocol.ykc.types;

/** Whether the gun is back in its holster (0x13). */
public enum GunHomed implements ByteCode {
    NO(0x00, "否"),
    YES(0x01, "是"),
    UNKNOWN(0x02, "未知");

    private final int code;
    private final String description;

    GunHomed(int code, String description) {
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
    public static GunHomed ofCode(int code) {
        return ByteCodes.lookup(GunHomed.class, code);
    }
}
