package io.chargeops.core.charging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The live charging page: the order's latest figures and the bounded history behind its chart. */
public record LiveChart(ChargingOrderView order, List<Point> history) {

    public record Point(Instant at, BigDecimal energyKwh, BigDecimal amount, Integer soc, BigDecimal voltage,
            BigDecimal current, BigDecimal powerKw) {

        static Point of(ChargingSample s) {
            return new Point(s.getSampledAt(), s.getEnergyKwh(), s.getAmount(), s.getSoc(), s.getVoltage(),
                    s.getCurrent(), s.getPowerKw());
        }
    }
}
