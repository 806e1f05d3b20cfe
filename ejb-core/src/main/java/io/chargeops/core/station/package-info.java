/**
 * Station context: charging sites (充电站) of a merchant with their address, administrative
 * division codes, map position in an explicit coordinate system, opening hours and parking rules,
 * and the station's tariff template (what piles registered there get unless given their own).
 * Piles refer to a station by id only; what stands on a site is the pile context's business.
 * {@link io.chargeops.core.station.StationService} opens and lists stations for the ops API.
 */
package io.chargeops.core.station;
