package io.chargeops.pile.protocol.ykc.types;

/**
 * How the session recorded in a transaction (0x3B) was started. Open-ended because real piles send values outside the spec (a captured frame carries 0x09).
 * A record rather than an enum so an undocumented code is carried through unchanged instead of failing the frame.
 */
public record TradeFlag(int code) implements ByteCode {
    public static final TradeFlag APP = new TradeFlag(0x01);
    public static final TradeFlag CARD = new TradeFlag(0x02);
    public static final TradeFlag OFFLINE_CARD = new TradeFlag(0x04);
    public static final TradeFlag VIN = new TradeFlag(0x05);

    public TradeFlag {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("TradeFlag code out of byte range: " + code);
        }
    }

    public static TradeFlag of(int code) {
        return new TradeFlag(code);
    }

    /** True when the spec defines this code. */
    public boolean isKnown() {
        return !"".equals(description());
    }

    /** The spec's wording, or an empty string for an undocumented code. */
    public String description() {
        return switch (code) {
            case 0x01 -> "app 启动";
            case 0x02 -> "卡启动";
            case 0x04 -> "离线卡启动";
            case 0x05 -> "vin 码启动充电";
            default -> "";
        };
    }

    @Override
    public String toString() {
        return "TradeFlag[0x" + String.format("%02X", code) + (isKnown() ? " " + description() : "") + "]";
    }
}
