package io.chargeops.core.pile;

import io.chargeops.pile.api.PileMessageReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Frames no context handles yet (e.g. BMS details 0x15/0x17/0x23/0x25, ground-lock and offline-card data): counted
 * per type ({@code chargeops_pile_frames_unhandled_total}) and logged once per type and pile, then at FINE, so a
 * charging pile's periodic frames do not flood the log. Nothing is answered here.
 */
@ApplicationScoped
public class UnhandledFrames {

    private static final Logger LOG = Logger.getLogger(UnhandledFrames.class.getName());

    @Inject
    PileMetrics metrics;

    private final Set<String> announced = ConcurrentHashMap.newKeySet();

    public void received(PileMessageReceived event) {
        int type = event.packet().type();
        String pile = String.valueOf(event.pileCode());
        metrics.frameUnhandled(type);
        String line = "Pile " + pile + " frame " + String.format("0x%02X", type) + " ("
                + event.packet().message().messageType().title() + ") not handled";
        if (announced.size() < 10_000 && announced.add(pile + "/" + type)) {
            LOG.info(line);
        } else {
            LOG.fine(line);
        }
    }
}
