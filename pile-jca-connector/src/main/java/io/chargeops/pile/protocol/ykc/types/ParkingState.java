package io.chargeops.pile.protocol.ykc.types;

/** Whether a vehicle occupies the bay (0x61). */
public enum ParkingState implements ByteCode {
    EMPTY(0x00, "无车辆"),
    OCCUPIED(0xFF, "停放车辆");

    private final int code;
    private final String description;

    ParkingState(int code, String description) {
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
    public static ParkingState ofCode(int code) {
        return ByteCodes.lookup(ParkingState.class, code);
    }
}
