package io.chargeops.pile.protocol.ykc.types;

/** Shared checks for the fixed-width decimal identifiers of the protocol. */
final class Digits {
    private Digits() {
    }

    static String require(String value, int length, String what) {
        if (value == null || value.length() != length) {
            throw new IllegalArgumentException(what + " must have exactly " + length + " digits: " + value);
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(what + " must be decimal: " + value);
            }
        }
        return value;
    }

    static String requireHex(String value, int length, String what) {
        if (value == null || value.length() != length) {
            throw new IllegalArgumentException(what + " must have exactly " + length + " hex digits: " + value);
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) {
                throw new IllegalArgumentException(what + " must be upper-case hex: " + value);
            }
        }
        return value;
    }
}
