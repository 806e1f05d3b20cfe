/**
 * Tariff context: time-of-use price templates as YKC piles understand them. A template has
 * versions with an effective instant; each version prices the four rate types 尖/峰/平/谷
 * (electricity fee + service fee per kWh, 5 decimals) and maps the 48 half-hour slots of the
 * local day onto them. Settlement prices an order with the version in force at its start.
 */
package io.chargeops.core.tariff;
