/**
 * Interconnect (互联互通, T/CEC 102 "evcs"): partner platforms (user/aggregator platforms, other operators, government
 * supervision platforms) read our stations, prices and live status, start and stop charging for their users, and
 * receive pushes of start/stop results, charging status and settled orders.
 *
 * <p>The envelope and crypto ({@link io.chargeops.core.interconnect.CecCrypto},
 * {@link io.chargeops.core.interconnect.CecRequest}, {@link io.chargeops.core.interconnect.CecResponse}) are pure Java
 * and follow T/CEC 102.4 exactly; known partner deviations are {@link io.chargeops.core.interconnect.CecVariant}s,
 * off by default. Partners, their secrets (encrypted at rest), tokens, replay guard, partner charges and the push
 * outbox are this context's tables; stations, piles, guns and orders are read through read-only mappings or the
 * owning context's services, and a partner's start goes through the charging context's service like the app's.
 */
package io.chargeops.core.interconnect;
