package io.chargeops.pile.protocol.ykc.types;

/**
 * 桩编码: the 14-digit pile number issued by the platform, sent as 7 BCD bytes. It is the pile's identity on the
 * connection, so it is validated strictly rather than carried as an arbitrary string.
 */
public record PileCode(String digits) {
    public static final int DIGITS = 14;

    public PileCode {
        Digits.require(digits, DIGITS, "pile code");
    }

    public static PileCode of(String digits) {
        return new PileCode(digits);
    }

    /** Left-pads shorter numbers with zeros, as the spec asks ("不足 7 位补 0"). */
    public static PileCode ofNumber(long number) {
        if (number < 0 || number > 99_999_999_999_999L) {
            throw new IllegalArgumentException("pile number out of range: " + number);
        }
        return new PileCode(String.format("%014d", number));
    }

    @Override
    public String toString() {
        return digits;
    }
}
