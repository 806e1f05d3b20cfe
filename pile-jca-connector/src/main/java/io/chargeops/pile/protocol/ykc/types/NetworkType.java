package io.chargeops.pile.protocol.ykc.types;

/**
 * Network link type in the login frame (0x01). Open-ended: some firmware numbers these 1..4 instead of 0..3.
 * A record rather than an enum so an undocumented code is carried through unchanged instead of failing the frame.
 */
public record NetworkType(int code) implements ByteCode {
    public static final NetworkType SIM = new NetworkType(0x00);
    public static final NetworkType LAN = new NetworkType(0x01);
    public static final NetworkType WAN = new NetworkType(0x02);
    public static final NetworkType OTHER = new NetworkType(0x03);

    public NetworkType {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("NetworkType code out of byte range: " + code);
        }
    }

    public static NetworkType of(int code) {
        return new NetworkType(code);
    }

    /** True when the spec defines this code. */
    public boolean isKnown() {
        return !"".equals(description());
    }

    /** The spec's wording, or an empty string for an undocumented code. */
    public String description() {
        return switch (code) {
            case 0x00 -> "SIM 卡";
            case 0x01 -> "LAN";
            case 0x02 -> "WAN";
            case 0x03 -> "其他";
            default -> "";
        };
    }

    @Override
    public String toString() {
        return "NetworkType[0x" + String.format("%02X", code) + (isKnown() ? " " + description() : "") + "]";
    }
}
