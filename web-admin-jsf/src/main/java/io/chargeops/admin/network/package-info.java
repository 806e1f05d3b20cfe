/**
 * Network management (网络管理): stations, piles with free-pile onboarding, tariffs with the 48-slot editor and their
 * per-pile issue results, and remote operations on a pile with its command records. Beans hold view state and call
 * ejb-core's {@code StationService}, {@code PileRegistry}, {@code TariffService}/{@code TariffIssues},
 * {@code PileOperations} and {@code PileCommandLog}; what a merchant account sees is narrowed in the persistence layer.
 */
package io.chargeops.admin.network;
