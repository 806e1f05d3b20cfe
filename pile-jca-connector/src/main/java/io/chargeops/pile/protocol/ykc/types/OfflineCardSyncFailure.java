package io.chargeops.pile.protocol.ykc.types;

/** Why storing offline cards failed (0x43). */
public enum OfflineCardSyncFailure implements ByteCode {
    NONE(0x00, "无"),
    CARD_FORMAT(0x01, "卡号格式错误"),
    STORAGE_FULL(0x02, "储存空间不足");

    private final int code;
    private final String description;

    OfflineCardSyncFailure(int code, String description) {
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
    public static OfflineCardSyncFailure ofCode(int code) {
        return ByteCodes.lookup(OfflineCardSyncFailure.class, code);
    }
}
