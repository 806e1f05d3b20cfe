package io.chargeops.pile.protocol.ykc.types;

/**
 * GB/T 27930 battery type (0x15). Open-ended: the spec sample itself sends 0x00 before the BMS reported one.
 * A record rather than an enum so an undocumented code is carried through unchanged instead of failing the frame.
 */
public record BatteryType(int code) implements ByteCode {
    public static final BatteryType LEAD_ACID = new BatteryType(0x01);
    public static final BatteryType NIMH = new BatteryType(0x02);
    public static final BatteryType LFP = new BatteryType(0x03);
    public static final BatteryType LMO = new BatteryType(0x04);
    public static final BatteryType LCO = new BatteryType(0x05);
    public static final BatteryType NCM = new BatteryType(0x06);
    public static final BatteryType POLYMER_LI_ION = new BatteryType(0x07);
    public static final BatteryType LTO = new BatteryType(0x08);
    public static final BatteryType OTHER = new BatteryType(0xFF);

    public BatteryType {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("BatteryType code out of byte range: " + code);
        }
    }

    public static BatteryType of(int code) {
        return new BatteryType(code);
    }

    /** True when the spec defines this code. */
    public boolean isKnown() {
        return !"".equals(description());
    }

    /** The spec's wording, or an empty string for an undocumented code. */
    public String description() {
        return switch (code) {
            case 0x01 -> "铅酸电池";
            case 0x02 -> "氢电池";
            case 0x03 -> "磷酸铁锂电池";
            case 0x04 -> "锰酸锂电池";
            case 0x05 -> "钴酸锂电池";
            case 0x06 -> "三元材料电池";
            case 0x07 -> "聚合物锂离子电池";
            case 0x08 -> "钛酸锂电池";
            case 0xFF -> "其他";
            default -> "";
        };
    }

    @Override
    public String toString() {
        return "BatteryType[0x" + String.format("%02X", code) + (isKnown() ? " " + description() : "") + "]";
    }
}
