/**
 * Pile context: charging piles (充电桩) identified by their 14-digit YKC code, and their guns
 * (充电枪), whose 16-digit code (pile code + gun number) is what the QR code on the gun carries.
 * A pile that logs in without being registered is kept as a FREE pile (游离电桩) with what it
 * reported, owned by no merchant, until an operator binds it to a station and a tariff.
 */
package io.chargeops.core.pile;
