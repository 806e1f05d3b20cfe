/**
 * Tariff context: time-of-use price templates as YKC piles understand them. A template has
 * versions with an effective instant; each version prices the four rate types 尖/峰/平/谷
 * (electricity fee + service fee per kWh, 5 decimals) and maps the 48 half-hour slots of the
 * local day onto them. Settlement prices an order with the version in force at its start.
 *
 * <p>{@link io.chargeops.core.tariff.TariffService} creates templates and versions (each version with its own YKC
 * model number, so a pile holding an older one is told "inconsistent" at 0x05) and assigns templates to stations or
 * piles; {@link io.chargeops.core.tariff.TariffActivation} makes a version take effect at its instant (timer, plus a
 * minute sweep) and {@link io.chargeops.core.tariff.TariffIssues} then pushes the model (0x58) to every online pile
 * concerned, recording each pile's result ({@link io.chargeops.core.tariff.TariffIssueRecord}).
 * {@link io.chargeops.core.tariff.BillingModels} answers 0x05/0x09 from the same versions.
 */
package io.chargeops.core.tariff;
