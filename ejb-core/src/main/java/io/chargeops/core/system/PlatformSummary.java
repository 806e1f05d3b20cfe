package io.chargeops.core.system;

/** What an operator wants to know about a running node at a glance. */
public record PlatformSummary(String version, String database, String schemaVersion, String zone, int pileListenerPort) {
}
