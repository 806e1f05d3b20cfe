package io.chargeops.core.charging;

import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.pricing.ChargingPriceCalculator;
import io.chargeops.core.tariff.pricing.PileBillCheck;
import io.chargeops.core.tariff.pricing.PriceAdjustment;
import io.chargeops.core.tariff.pricing.PriceBreakdown;
import io.chargeops.core.tariff.pricing.SettlementAmounts;
import io.chargeops.core.tariff.pricing.TouSchedule;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.types.RatePeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Prices a pile's transaction record (0x3B): the pile is the meter, so its energy per TOU period is billed at the
 * platform's prices of the tariff version in force when the order started; the pile's own amounts are only checked
 * against that (YKC §13.3 rule 8: a pile on another billing model under-bills). Pure, so it is unit tested and an
 * order can be re-priced later from what it stored.
 */
final class RecordPricing {

    /** The bill and the check behind it. */
    record Priced(SettlementAmounts amounts, PileBillCheck.Result check, BigDecimal payable) {
    }

    private RecordPricing() {
    }

    static Priced price(TouSchedule schedule, TransactionRecord record, PileBillCheck.Authority authority,
            List<? extends PriceAdjustment> adjustments) {
        Map<RateType, BigDecimal> energy = new EnumMap<>(RateType.class);
        for (RatePeriod period : RatePeriod.values()) {
            energy.put(TouSchedule.rateType(period), record.usage(period).energy());
        }
        PriceBreakdown platform = new ChargingPriceCalculator(schedule, ZoneId.of("UTC")).priceSplit(energy);
        PileBillCheck.Result check = new PileBillCheck().check(platform, record);
        SettlementAmounts amounts = SettlementAmounts.settle(platform, adjustments);
        BigDecimal payable = amounts.payable();
        if (!check.matches() && authority == PileBillCheck.Authority.PILE) {
            // the operator trusts the pile's own bill on a mismatch; discounts then apply to nothing
            payable = check.pileTotalAmount().setScale(SettlementAmounts.PAYABLE_SCALE, RoundingMode.HALF_UP);
        }
        return new Priced(amounts, check, payable);
    }
}
