package io.chargeops.pile.protocol.ykc.types;

/**
 * 并充序号: 12 BCD digits (yyMMddHHmmss by convention) shared by all guns of one parallel-charging session. Treated as an
 * identifier, not a timestamp, because its only job is to group the guns.
 */
public record ParallelSerial(String digits) {
    public ParallelSerial {
        Digits.require(digits, 12, "parallel serial");
    }

    public static ParallelSerial of(String digits) {
        return new ParallelSerial(digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
