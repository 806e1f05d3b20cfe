package io.chargeops.pile.protocol.ykc.types;

/** How a pile-initiated start was requested (0x31/0xA1). */
public enum StartMode implements ByteCode {
    CARD(0x01, "刷卡启动"),
    ACCOUNT(0x02, "帐号启动"),
    VIN(0x03, "VIN 码启动");

    private final int code;
    private final String description;

    StartMode(int code, String description) {
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
    public static StartMode ofCode(int code) {
        return ByteCodes.lookup(StartMode.class, code);
    }
}
