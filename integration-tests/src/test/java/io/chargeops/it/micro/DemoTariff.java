package io.chargeops.it.micro;

import io.chargeops.pile.protocol.ykc.message.BillingModel;
import io.chargeops.pile.protocol.ykc.message.TransactionRecord;
import io.chargeops.pile.protocol.ykc.message.Tariff;
import io.chargeops.pile.protocol.ykc.types.BillingModelId;
import io.chargeops.pile.protocol.ykc.types.RatePeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo seed's tariff (template 1 version 1, model 0001), written down independently of the platform so a test
 * can compute what a session must cost: per period, energy × electricity price and energy × service price, each
 * rounded half up to 4 decimals; payable = their sum rounded half up to 0.01.
 */
final class DemoTariff {

    static final Tariff SHARP = new Tariff(new BigDecimal("1.18520"), new BigDecimal("0.80000"));
    static final Tariff PEAK = new Tariff(new BigDecimal("1.02540"), new BigDecimal("0.80000"));
    static final Tariff FLAT = new Tariff(new BigDecimal("0.62310"), new BigDecimal("0.60000"));
    static final Tariff VALLEY = new Tariff(new BigDecimal("0.28560"), new BigDecimal("0.40000"));

    /** 谷 00-08, 峰 08-11 17-20 21-22, 平 11-14 15-17 22-24, 尖 14-15 20-21. */
    static final BillingModel MODEL = new BillingModel(BillingModelId.of("0001"), SHARP, PEAK, FLAT, VALLEY, 0, slots());

    private DemoTariff() {
    }

    static Tariff tariff(RatePeriod period) {
        return MODEL.tariff(period);
    }

    /** What the platform must charge for this transaction record. */
    static Bill bill(TransactionRecord record) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal electricity = BigDecimal.ZERO;
        BigDecimal service = BigDecimal.ZERO;
        for (RatePeriod period : RatePeriod.values()) {
            BigDecimal energy = record.usage(period).energy();
            BigDecimal e = energy.multiply(tariff(period).electricity()).setScale(4, RoundingMode.HALF_UP);
            BigDecimal s = energy.multiply(tariff(period).service()).setScale(4, RoundingMode.HALF_UP);
            electricity = electricity.add(e);
            service = service.add(s);
            total = total.add(e).add(s);
        }
        return new Bill(electricity, service, total, total.setScale(2, RoundingMode.HALF_UP));
    }

    record Bill(BigDecimal electricityAmount, BigDecimal serviceAmount, BigDecimal totalAmount,
            BigDecimal payableAmount) {
    }

    private static List<RatePeriod> slots() {
        List<RatePeriod> slots = new ArrayList<>();
        for (int slot = 0; slot < BillingModel.SLOTS; slot++) {
            int hour = slot / 2;
            RatePeriod p;
            if (hour < 8) {
                p = RatePeriod.VALLEY;
            } else if (hour < 11 || (hour >= 17 && hour < 20) || hour == 21) {
                p = RatePeriod.PEAK;
            } else if (hour == 14 || hour == 20) {
                p = RatePeriod.SHARP;
            } else {
                p = RatePeriod.FLAT;
            }
            slots.add(p);
        }
        return slots;
    }
}
