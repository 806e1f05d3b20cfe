package io.chargeops.pile.protocol.ykc.types;

/** Offline-card query answer (0x47). */
public enum CardPresence implements ByteCode {
    ABSENT(0x00, "不存在"),
    PRESENT(0x01, "存在");

    private final int code;
    private final String description;

    CardPresence(int code, String description) {
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
    public static CardPresence ofCode(int code) {
        return ByteCodes.lookup(CardPresence.class, code);
    }
}
