package io.chargeops.core.pile;

import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.types.GunHealth;

/**
 * How pile frames translate into the coarse {@link GunState}. Pure functions: the rules are the part worth testing,
 * and keeping them out of the registry keeps the registry a plain concurrent map.
 */
final class GunStates {

    private GunStates() {
    }

    /** Real-time data (0x13) carries the full status; "idle but plugged in" is what the app shows as occupied. */
    static GunState fromRealTimeData(RealTimeData data) {
        return switch (data.status()) {
            case OFFLINE -> GunState.OFFLINE;
            case FAULT -> GunState.FAULT;
            case IDLE -> data.plugged() ? GunState.OCCUPIED : GunState.IDLE;
            case CHARGING -> GunState.CHARGING;
        };
    }

    /**
     * A heartbeat (0x03) only says "alive, normal or faulted": a fault is a fault; a normal heartbeat revives an
     * offline or faulted gun to idle, and otherwise leaves the state to the real-time data that knows better.
     */
    static GunState afterHeartbeat(GunState current, GunHealth health) {
        if (health == GunHealth.FAULT) {
            return GunState.FAULT;
        }
        return current == GunState.OFFLINE || current == GunState.FAULT ? GunState.IDLE : current;
    }
}
