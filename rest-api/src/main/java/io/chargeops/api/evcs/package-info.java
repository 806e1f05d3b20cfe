/**
 * {@code /api/evcs/v1/{interface}}: the T/CEC 102 interconnect server (query_token, query_stations_info, …), one POST
 * per interface name, answered with the standard's signed envelope and HTTP 200 whatever the Ret; and the ops API's
 * partner screens under {@code /api/admin/v1/interconnect/partners} (HTTP Basic like the rest of {@code admin/…},
 * platform accounts only). Translation only: ejb-core's {@code io.chargeops.core.interconnect} does the work.
 * Neither the app's Bearer filter (name-bound to {@code @AppSecured}) nor the ops API's Basic filter (paths
 * {@code admin/…} only) touches {@code evcs/…}: partners authenticate with T/CEC tokens and signatures.
 */
package io.chargeops.api.evcs;
