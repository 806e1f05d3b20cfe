package io.chargeops.pile.protocol.ykc.types;

/**
 * Mobile operator in the login frame (0x01). The spec skips 0x01; kept open-ended for vendor values.
 * A record rather than an enum so an undocumented code is carried through unchanged instead of failing the frame.
 */
public record Carrier(int code) implements ByteCode {
    public static final Carrier CHINA_MOBILE = new Carrier(0x00);
    public static final Carrier CHINA_TELECOM = new Carrier(0x02);
    public static final Carrier CHINA_UNICOM = new Carrier(0x03);
    public static final Carrier OTHER = new Carrier(0x04);

    public Carrier {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("Carrier code out of byte range: " + code);
        }
    }

    public static Carrier of(int code) {
        return new Carrier(code);
    }

    /** True when the spec defines this code. */
    public boolean isKnown() {
        return !"".equals(description());
    }

    /** The spec's wording, or an empty string for an undocumented code. */
    public String description() {
        return switch (code) {
            case 0x00 -> "移动";
            case 0x02 -> "电信";
            case 0x03 -> "联通";
            case 0x04 -> "其他";
            default -> "";
        };
    }

    @Override
    public String toString() {
        return "Carrier[0x" + String.format("%02X", code) + (isKnown() ? " " + description() : "") + "]";
    }
}
