package io.chargeops.pile.protocol.ykc.types;

/** Why a remote stop (0x35) failed. */
public enum RemoteStopFailure implements ByteCode {
    NONE(0x00, "无"),
    DEVICE_MISMATCH(0x01, "设备编号不匹配"),
    NOT_CHARGING(0x02, "枪未处于充电状态"),
    OTHER(0x03, "其他");

    private final int code;
    private final String description;

    RemoteStopFailure(int code, String description) {
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
    public static RemoteStopFailure ofCode(int code) {
        return ByteCodes.lookup(RemoteStopFailure.class, code);
    }
}
