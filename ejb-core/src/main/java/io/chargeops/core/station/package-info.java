/**
 * Station context: charging sites (充电站) of a merchant with their address, administrative
 * division codes, map position in an explicit coordinate system, opening hours and parking rules.
 * Piles refer to a station by id only; what stands on a site is the pile context's business.
 */
package io.chargeops.core.station;
