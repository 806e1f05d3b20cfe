package io.chargeops.pile.protocol.ykc.types;

/** Gun health carried by the heartbeat (0x03). */
public enum GunHealth implements ByteCode {
    NORMAL(0x00, "正常"),
    FAULT(0x01, "故障");

    private final int code;
    private final String description;

    GunHealth(int code, String description) {
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
    public static GunHealth ofCode(int code) {
        return ByteCodes.lookup(GunHealth.class, code);
    }
}
