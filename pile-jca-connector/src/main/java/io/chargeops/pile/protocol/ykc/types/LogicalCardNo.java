package io.chargeops.pile.protocol.ykc.types;

/** 逻辑卡号: the number printed on the card face, 16 BCD digits, shown on the pile's screen. */
public record LogicalCardNo(String digits) {
    public static final LogicalCardNo NONE = new LogicalCardNo("0".repeat(16));

    public LogicalCardNo {
        Digits.require(digits, 16, "logical card number");
    }

    public static LogicalCardNo of(String digits) {
        return new LogicalCardNo(digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
