package io.chargeops.core.pile;

import io.chargeops.pile.api.PileMessageReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Where pile frames of the charging session go until the charging context handles them: start authorisation
 * (0x31/0x3B...), real-time charging data (0x13), BMS and charge-end frames, transaction records (0x3B), and late
 * answers to commands. Nothing is answered here on purpose: a transaction record (0x3B) must be confirmed (0x40) only
 * after settlement commits, so the pile keeps resending it until the charging issue replaces this hook with
 * {@code ChargingService}. Counted per type ({@code chargeops_pile_frames_unhandled_total}); logged once per type
 * and pile, then at FINE, so a charging pile's 15-second data does not flood the log.
 */
@ApplicationScoped
public class ChargingFrameHook {

    private static final Logger LOG = Logger.getLogger(ChargingFrameHook.class.getName());

    @Inject
    PileMetrics metrics;

    private final Set<String> announced = ConcurrentHashMap.newKeySet();

    public void received(PileMessageReceived event) {
        int type = event.packet().type();
        String pile = String.valueOf(event.pileCode());
        metrics.frameUnhandled(type);
        String line = "Pile " + pile + " frame " + String.format("0x%02X", type) + " ("
                + event.packet().message().messageType().title() + ") awaits the charging context; not handled yet";
        if (announced.size() < 10_000 && announced.add(pile + "/" + type)) {
            LOG.info(line);
        } else {
            LOG.fine(line);
        }
    }
}
