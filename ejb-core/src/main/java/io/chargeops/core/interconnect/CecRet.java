package io.chargeops.core.interconnect;

/**
 * The {@code Ret} codes of T/CEC 102.4 (返回参数编码表), and nothing else: business outcomes travel inside
 * {@code Data} as {@code SuccStat}/{@code FailReason}.
 */
public enum CecRet {
    /** 系统繁忙，此时请求方稍后重试. */
    BUSY(-1, "系统繁忙，请稍后重试"),
    /** 请求成功. */
    OK(0, ""),
    /** 签名错误. */
    SIGNATURE(4001, "签名错误"),
    /** Token错误 (missing, unknown or expired). */
    TOKEN(4002, "Token错误"),
    /** POST参数不合法: one of OperatorID, Sig, TimeStamp, Data, Seq missing or malformed (also unreadable Data). */
    INVALID_ENVELOPE(4003, "POST参数不合法"),
    /** 请求的业务参数不合法. */
    INVALID_BUSINESS(4004, "请求的业务参数不合法"),
    /** 系统错误. */
    SYSTEM(500, "系统错误");

    private final int code;
    private final String message;

    CecRet(int code, String message) {
        this.code = code;
        this.message = message;
    }

    public int code() {
        return code;
    }

    /** The standard's wording, used as {@code Msg} when nothing more specific is said. */
    public String message() {
        return message;
    }

    public static CecRet of(int code) {
        for (CecRet r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        throw new IllegalArgumentException("not a T/CEC Ret code: " + code);
    }
}
