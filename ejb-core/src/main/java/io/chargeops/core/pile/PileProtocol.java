package io.chargeops.core.pile;

/** The protocol a pile model speaks to the platform; only YKC v1.6 piles can be connected today. */
public enum PileProtocol {
    /** 云快充 v1.6, what the pile listener speaks. */
    YKC_1_6,
    /** 云快充 v1.5 (older firmware). */
    YKC_1_5,
    /** OCPP 1.6-J, for catalogue completeness: such piles need a gateway. */
    OCPP_1_6J
}
