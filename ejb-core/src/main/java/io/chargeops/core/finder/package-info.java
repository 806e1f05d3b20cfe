/**
 * Finding stations and guns in the app (issue 6): nearby search sorted by distance, keyword and map-box queries,
 * station detail with the day's TOU price table and guns with live state, and what a scanned gun code resolves to.
 * Read-only; composes the station, pile and tariff contexts through their services.
 */
package io.chargeops.core.finder;
