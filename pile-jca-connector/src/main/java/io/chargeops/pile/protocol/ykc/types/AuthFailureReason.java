package io.chargeops.pile.protocol.ykc.types;

/**
 * Why the platform refused a pile-initiated start (0x32/0xA2). Open-ended so vendor codes survive a round trip.
 * A record rather than an enum so an undocumented code is carried through unchanged instead of failing the frame.
 */
public record AuthFailureReason(int code) implements ByteCode {
    public static final AuthFailureReason NONE = new AuthFailureReason(0x00);
    public static final AuthFailureReason ACCOUNT_NOT_FOUND = new AuthFailureReason(0x01);
    public static final AuthFailureReason ACCOUNT_FROZEN = new AuthFailureReason(0x02);
    public static final AuthFailureReason INSUFFICIENT_BALANCE = new AuthFailureReason(0x03);
    public static final AuthFailureReason CARD_HAS_UNSETTLED_RECORD = new AuthFailureReason(0x04);
    public static final AuthFailureReason PILE_DISABLED = new AuthFailureReason(0x05);
    public static final AuthFailureReason ACCOUNT_NOT_ALLOWED_ON_PILE = new AuthFailureReason(0x06);
    public static final AuthFailureReason WRONG_PASSWORD = new AuthFailureReason(0x07);
    public static final AuthFailureReason STATION_CAPACITY_INSUFFICIENT = new AuthFailureReason(0x08);
    public static final AuthFailureReason VIN_UNKNOWN = new AuthFailureReason(0x09);
    public static final AuthFailureReason PILE_HAS_UNSETTLED_RECORD = new AuthFailureReason(0x0A);
    public static final AuthFailureReason CARD_NOT_SUPPORTED = new AuthFailureReason(0x0B);

    public AuthFailureReason {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("AuthFailureReason code out of byte range: " + code);
        }
    }

    public static AuthFailureReason of(int code) {
        return new AuthFailureReason(code);
    }

    /** True when the spec defines this code. */
    public boolean isKnown() {
        return !"".equals(description());
    }

    /** The spec's wording, or an empty string for an undocumented code. */
    public String description() {
        return switch (code) {
            case 0x00 -> "无";
            case 0x01 -> "账户不存在";
            case 0x02 -> "账户冻结";
            case 0x03 -> "账户余额不足";
            case 0x04 -> "该卡存在未结账记录";
            case 0x05 -> "桩停用";
            case 0x06 -> "该账户不能在此桩上充电";
            case 0x07 -> "密码错误";
            case 0x08 -> "电站电容不足";
            case 0x09 -> "系统中 vin 码不存在";
            case 0x0A -> "该桩存在未结账记录";
            case 0x0B -> "该桩不支持刷卡";
            default -> "";
        };
    }

    @Override
    public String toString() {
        return "AuthFailureReason[0x" + String.format("%02X", code) + (isKnown() ? " " + description() : "") + "]";
    }
}
