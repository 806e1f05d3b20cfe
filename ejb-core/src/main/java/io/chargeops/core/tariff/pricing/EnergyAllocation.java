package io.chargeops.core.tariff.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rounds unrounded shares to a fixed scale so that they add up to an exact total (largest-remainder / Hamilton method).
 *
 * <p>Rule: every share is first rounded DOWN to the scale; the units still missing to reach the total (there are fewer
 * than the number of shares) go one each to the shares with the largest cut-off remainder; ties go to the earlier
 * index, i.e. YKC order 尖, 峰, 平, 谷. Only shares that were positive can receive a unit, so a rate type the session
 * never touched stays at zero. Deterministic, each share ends within one unit of its true value, and no share is ever
 * negative.
 */
final class EnergyAllocation {

    private EnergyAllocation() {
    }

    static BigDecimal[] allocate(BigDecimal[] raw, BigDecimal total, int scale) {
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal[] out = new BigDecimal[raw.length];
        BigDecimal floors = BigDecimal.ZERO;
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].signum() < 0) {
                throw new IllegalStateException("negative share " + raw[i]);
            }
            out[i] = raw[i].setScale(scale, RoundingMode.DOWN);
            floors = floors.add(out[i]);
            if (raw[i].signum() > 0) {
                eligible.add(i);
            }
        }
        BigDecimal missing = total.setScale(scale, RoundingMode.UNNECESSARY).subtract(floors);
        int units = missing.divide(unit).intValueExact();
        if (units < 0 || (units > 0 && eligible.isEmpty())) {
            throw new IllegalStateException("shares " + List.of(raw) + " do not add up to " + total);
        }
        eligible.sort(Comparator.<Integer, BigDecimal>comparing(i -> raw[i].subtract(out[i])).reversed()
                .thenComparing(i -> i));
        for (int u = 0; u < units; u++) {
            int i = eligible.get(u % eligible.size());
            out[i] = out[i].add(unit);
        }
        return out;
    }
}
