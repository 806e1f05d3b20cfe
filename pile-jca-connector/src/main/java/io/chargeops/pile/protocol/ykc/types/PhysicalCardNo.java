package io.chargeops.pile.protocol.ykc.types;

/**
 * 物理卡号: 8 raw bytes read from the card, kept as 16 upper-case hex characters. Vendors disagree on byte order and on
 * which end the zero padding goes, so the value is compared byte-for-byte and never re-interpreted as a number.
 */
public record PhysicalCardNo(String hex) {
    public static final PhysicalCardNo NONE = new PhysicalCardNo("0".repeat(16));

    public PhysicalCardNo {
        Digits.requireHex(hex, 16, "physical card number");
    }

    public static PhysicalCardNo of(String hex) {
        return new PhysicalCardNo(hex.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean isNone() {
        return equals(NONE);
    }

    @Override
    public String toString() {
        return hex;
    }
}
