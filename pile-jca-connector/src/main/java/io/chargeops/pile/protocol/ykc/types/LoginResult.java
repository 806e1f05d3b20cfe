package io.chargeops.pile.protocol.ykc.types;

/** Outcome of a login (0x02); note 0x00 means success here. */
public enum LoginResult implements ByteCode {
    SUCCESS(0x00, "登陆成功"),
    FAILURE(0x01, "登陆失败");

    private final int code;
    private final String description;

    LoginResult(int code, String description) {
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
    public static LoginResult ofCode(int code) {
        return ByteCodes.lookup(LoginResult.class, code);
    }
}
