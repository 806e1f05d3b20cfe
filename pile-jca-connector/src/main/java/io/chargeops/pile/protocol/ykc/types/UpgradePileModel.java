package io.chargeops.pile.protocol.ykc.types;

/** Pile model in the remote-update frame (0x94); unlike the login frame, 1 is DC and 2 is AC. */
public enum UpgradePileModel implements ByteCode {
    DC(0x01, "直流"),
    AC(0x02, "交流");

    private final int code;
    private final String description;

    UpgradePileModel(int code, String description) {
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
    public static UpgradePileModel ofCode(int code) {
        return ByteCodes.lookup(UpgradePileModel.class, code);
    }
}
