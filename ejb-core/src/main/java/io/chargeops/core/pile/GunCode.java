package io.chargeops.core.pile;

import java.util.regex.Pattern;

/** 枪编码: the 14-digit pile code followed by the two-digit gun number, as printed in the gun's QR code. */
public record GunCode(String pileCode, int gunNo) {

    private static final Pattern FORMAT = Pattern.compile("\\d{16}");

    public GunCode {
        if (pileCode == null || !pileCode.matches("\\d{14}") || gunNo < 1 || gunNo > 99) {
            throw new IllegalArgumentException("Not a gun code: " + pileCode + "/" + gunNo);
        }
    }

    /** @throws IllegalArgumentException unless {@code code} is 16 digits ending in a gun number 01..99 */
    public static GunCode parse(String code) {
        if (code == null || !FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException("A gun code is 16 digits (pile code + 2-digit gun number): " + code);
        }
        return new GunCode(code.substring(0, 14), Integer.parseInt(code.substring(14)));
    }

    public String value() {
        return Gun.codeOf(pileCode, gunNo);
    }

    @Override
    public String toString() {
        return value();
    }
}
