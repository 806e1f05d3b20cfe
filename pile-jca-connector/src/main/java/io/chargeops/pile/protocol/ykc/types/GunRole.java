package io.chargeops.pile.protocol.ykc.types;

/** Master or slave gun of a parallel (并充) session. */
public enum GunRole implements ByteCode {
    MASTER(0x00, "主枪"),
    SLAVE(0x01, "辅枪");

    private final int code;
    private final String description;

    GunRole(int code, String description) {
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
    public static GunRole ofCode(int code) {
        return ByteCodes.lookup(GunRole.class, code);
    }
}
