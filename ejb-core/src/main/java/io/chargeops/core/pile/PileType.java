package io.chargeops.core.pile;

/** As the YKC login frame reports it: 0 = DC, 1 = AC. */
public enum PileType {
    DC,
    AC
}
