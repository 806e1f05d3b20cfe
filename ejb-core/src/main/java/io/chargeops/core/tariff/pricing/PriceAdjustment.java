package io.chargeops.core.tariff.pricing;

import java.util.List;

/**
 * One discount step of settlement (member price, channel price, coupon…). Adjustments run in the order given to
 * {@link SettlementAmounts#settle}; each sees the lines as the previous ones left them, so "member price, then coupon"
 * is expressed by ordering, not by the adjustments knowing each other.
 */
public interface PriceAdjustment {

    /** Short stable name recorded with every line it changes (e.g. {@code service-fee-discount}). */
    String name();

    /** The lines this step changes; lines it leaves alone are simply not returned. */
    List<AdjustedLine> adjust(List<ChargeLine> current);
}
