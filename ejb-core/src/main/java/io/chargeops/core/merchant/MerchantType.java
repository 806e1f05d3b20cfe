package io.chargeops.core.merchant;

public enum MerchantType {
    /** 运营商: owns stations and tariffs in its own name. */
    OPERATOR,
    /** 加盟商: operates under a parent operator's brand and settlement. */
    FRANCHISEE
}
