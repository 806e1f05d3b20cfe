/**
 * Pile context: charging piles (充电桩) identified by their 14-digit YKC code, and their guns (充电枪), whose 16-digit
 * code (pile code + gun number) is what the QR code on the gun carries. A pile that logs in without being registered
 * is kept as a FREE pile (游离电桩) with what it reported, owned by no merchant, until an operator binds it to a
 * station and a tariff.
 *
 * <p>The pile path of the platform lives here too: {@link io.chargeops.core.pile.PileMessageMdb} receives the pile
 * connector's events and hands them to {@link io.chargeops.core.pile.PileService} (login, heartbeats, billing model,
 * offline) or to {@link io.chargeops.core.charging.ChargingService} (charging sessions) or {@link io.chargeops.core.pile.UnhandledFrames};
 * {@link io.chargeops.core.pile.LivePiles} holds live session and gun state in memory;
 * {@link io.chargeops.core.pile.PileCommands} sends platform→pile commands and records each in the command log
 * ({@link io.chargeops.core.pile.PileCommandRecord}); {@link io.chargeops.core.pile.GunDirectory} answers "what state is
 * this gun in" for the app; the connector's counters reach {@code /metrics} through
 * {@link io.chargeops.core.pile.PileConnectorStatistics} and readiness through
 * {@link io.chargeops.core.pile.PileConnectorReadiness}.
 */
package io.chargeops.core.pile;
