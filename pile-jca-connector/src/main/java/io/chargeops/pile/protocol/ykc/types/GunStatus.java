package io.chargeops.pile.protocol.ykc.types;

/** Gun status in real-time data (0x13). */
public enum GunStatus implements ByteCode {
    OFFLINE(0x00, "离线"),
    FAULT(0x01, "故障"),
    IDLE(0x02, "空闲"),
    CHARGING(0x03, "充电");

    private final int code;
    private final String description;

    GunStatus(int code, String description) {
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
    public static GunStatus ofCode(int code) {
        return ByteCodes.lookup(GunStatus.class, code);
    }
}
