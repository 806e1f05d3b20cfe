/**
 * Time-of-use pricing and settlement arithmetic, pure and container-free so that every rule can be unit tested and a
 * settled order can be re-priced years later from the tariff version it was priced with.
 *
 * <p>Money rules (ARCHITECTURE §4): {@code BigDecimal} only; prices carry 5 decimals as YKC transmits them; energy is
 * kWh at 4 decimals; stored amounts have 4 decimals; only the amount shown to and charged from the user is rounded to
 * 0.01 元 HALF_UP, once, at the very end ({@link io.chargeops.core.tariff.pricing.SettlementAmounts}).
 *
 * <p>Flow: {@link io.chargeops.core.tariff.pricing.TouSchedule} (from a tariff version or a pile's billing model) →
 * {@link io.chargeops.core.tariff.pricing.ChargingPriceCalculator} splits the session's energy over the half-hour
 * slots and prices it per rate type ({@link io.chargeops.core.tariff.pricing.PriceBreakdown}) →
 * {@link io.chargeops.core.tariff.pricing.PileBillCheck} compares it with the pile's own 0x3B split →
 * {@link io.chargeops.core.tariff.pricing.SettlementAmounts} applies {@link io.chargeops.core.tariff.pricing.PriceAdjustment}s
 * and rounds the payable amount.
 */
package io.chargeops.core.tariff.pricing;
