package io.chargeops.pile.protocol.ykc.types;

/** 计费模型编号: 4 BCD digits; {@code 0000} is what a pile sends before it has ever received a model. */
public record BillingModelId(String digits) {
    public static final BillingModelId NONE = new BillingModelId("0000");

    public BillingModelId {
        Digits.require(digits, 4, "billing model id");
    }

    public static BillingModelId of(String digits) {
        return new BillingModelId(digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
