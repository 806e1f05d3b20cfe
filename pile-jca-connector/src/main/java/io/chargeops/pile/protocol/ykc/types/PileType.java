package io.chargeops.pile.protocol.ykc.types;

/** Pile kind as announced in the login frame (0x01). */
public enum PileType implements ByteCode {
    DC(0x00, "直流桩"),
    AC(0x01, "交流桩");

    private final int code;
    private final String description;

    PileType(int code, String description) {
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
    public static PileType ofCode(int code) {
        return ByteCodes.lookup(PileType.class, code);
    }
}
