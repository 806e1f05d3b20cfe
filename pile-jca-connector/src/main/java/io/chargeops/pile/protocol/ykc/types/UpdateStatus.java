package io.chargeops.pile.protocol.ykc.types;

/** Outcome of a remote update (0x93). */
public enum UpdateStatus implements ByteCode {
    SUCCESS(0x00, "成功"),
    WRONG_ID(0x01, "编号错误"),
    MODEL_MISMATCH(0x02, "程序与桩型号不符"),
    DOWNLOAD_TIMEOUT(0x03, "下载更新文件超时");

    private final int code;
    private final String description;

    UpdateStatus(int code, String description) {
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
    public static UpdateStatus ofCode(int code) {
        return ByteCodes.lookup(UpdateStatus.class, code);
    }
}
