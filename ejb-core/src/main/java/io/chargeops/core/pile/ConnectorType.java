package io.chargeops.core.pile;

/** Connector standard of a gun; GB/T 20234 covers what Chinese piles carry today. */
public enum ConnectorType {
    GBT_DC,
    GBT_AC,
    CHAOJI,
    OTHER
}
