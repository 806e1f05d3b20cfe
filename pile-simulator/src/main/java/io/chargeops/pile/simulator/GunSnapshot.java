package io.chargeops.pile.simulator;

import io.chargeops.pile.protocol.ykc.types.GunStatus;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import java.math.BigDecimal;

/**
 * Point-in-time view of one gun, safe to read from any thread.
 *
 * @param serial      the running or last session's serial, {@link TransactionSerial#NONE} if there was none
 * @param billPending a transaction record (0x3B) is waiting for the platform's 0x40
 */
public record GunSnapshot(int gunNo, GunStatus status, boolean plugged, TransactionSerial serial, BigDecimal energy,
        BigDecimal amount, int soc, boolean billPending, int billsConfirmed) {

    public boolean charging() {
        return status == GunStatus.CHARGING;
    }
}
