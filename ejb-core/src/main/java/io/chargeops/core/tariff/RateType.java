package io.chargeops.core.tariff;

/** The four TOU rate types in YKC's order: rate number 0x00..0x03 in the billing model frames. */
public enum RateType {
    /** 尖 */
    SHARP(0),
    /** 峰 */
    PEAK(1),
    /** 平 */
    FLAT(2),
    /** 谷 */
    VALLEY(3);

    private final int ykcCode;

    RateType(int ykcCode) {
        this.ykcCode = ykcCode;
    }

    public int ykcCode() {
        return ykcCode;
    }

    public static RateType ofYkcCode(int code) {
        for (RateType t : values()) {
            if (t.ykcCode == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown YKC rate number: " + code);
    }
}
