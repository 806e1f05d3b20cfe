package io.chargeops.core.report;

import io.chargeops.core.pile.GunState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The dashboard (运营概况) of the whole network or one station: today and yesterday with the day-on-day change, the
 * guns by live state, the last 30 days (oldest first, today last) and the TOU energy split of those 30 days.
 */
public record DashboardView(Long stationId, DayFigures today, DayFigures yesterday, Map<GunState, Long> gunsByState,
        List<DayFigures> trend, List<EnergyShare> touSplit, Instant at) {

    /** Energy of one rate type (尖峰平谷) and its share of the whole in percent (1 decimal). */
    public record EnergyShare(String rateType, BigDecimal energyKwh, BigDecimal percent) {
    }

    public BigDecimal energyChange() {
        return change(today.energyKwh(), yesterday.energyKwh());
    }

    public BigDecimal ordersChange() {
        return change(BigDecimal.valueOf(today.orders()), BigDecimal.valueOf(yesterday.orders()));
    }

    public BigDecimal totalChange() {
        return change(today.totalAmount(), yesterday.totalAmount());
    }

    public BigDecimal serviceChange() {
        return change(today.serviceAmount(), yesterday.serviceAmount());
    }

    public long guns(GunState state) {
        return gunsByState.getOrDefault(state, 0L);
    }

    /** Day-on-day change in percent, 1 decimal, HALF_UP; null when yesterday had nothing to compare with. */
    static BigDecimal change(BigDecimal today, BigDecimal yesterday) {
        if (yesterday == null || yesterday.signum() == 0) {
            return null;
        }
        return today.subtract(yesterday).multiply(BigDecimal.valueOf(100)).divide(yesterday, 1, RoundingMode.HALF_UP);
    }
}
