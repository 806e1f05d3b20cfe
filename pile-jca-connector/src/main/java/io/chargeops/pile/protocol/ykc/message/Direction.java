package io.chargeops.pile.protocol.ykc.message;

public enum Direction {
    PILE_TO_PLATFORM,
    PLATFORM_TO_PILE
}
