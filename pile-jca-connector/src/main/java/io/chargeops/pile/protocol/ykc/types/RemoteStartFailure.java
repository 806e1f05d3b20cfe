package io.chargeops.pile.protocol.ykc.types;

/** Why a remote start (0x33/0xA3) failed. */
public enum RemoteStartFailure implements ByteCode {
    NONE(0x00, "无"),
    DEVICE_MISMATCH(0x01, "设备编号不匹配"),
    GUN_ALREADY_CHARGING(0x02, "枪已在充电"),
    DEVICE_FAULT(0x03, "设备故障"),
    DEVICE_OFFLINE(0x04, "设备离线"),
    GUN_NOT_PLUGGED(0x05, "未插枪");

    private final int code;
    private final String description;

    RemoteStartFailure(int code, String description) {
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
    public static RemoteStartFailure ofCode(int code) {
        return ByteCodes.lookup(RemoteStartFailure.class, code);
    }
}
