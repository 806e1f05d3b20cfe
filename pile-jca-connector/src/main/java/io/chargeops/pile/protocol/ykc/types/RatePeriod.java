package io.chargeops.pile.protocol.ykc.types;

/** Tariff period (尖峰平谷) a half-hour slot is billed at. */
public enum RatePeriod implements ByteCode {
    SHARP(0x00, "尖"),
    PEAK(0x01, "峰"),
    FLAT(0x02, "平"),
    VALLEY(0x03, "谷");

    private final int code;
    private final String description;

    RatePeriod(int code, String description) {
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
    public static RatePeriod ofCode(int code) {
        return ByteCodes.lookup(RatePeriod.class, code);
    }
}
