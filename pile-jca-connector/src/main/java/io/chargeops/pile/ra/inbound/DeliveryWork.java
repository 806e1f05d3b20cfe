package io.chargeops.pile.ra.inbound;

import jakarta.resource.spi.work.Work;

/** One turn of a connection's queue on a container thread (JCA Work from the BootstrapContext's WorkManager). */
final class DeliveryWork implements Work {

    private final EventQueue queue;

    DeliveryWork(EventQueue queue) {
        this.queue = queue;
    }

    @Override
    public void run() {
        queue.drain();
    }

    @Override
    public void release() {
        // nothing to interrupt: a delivery in progress is the endpoint's call and must finish
    }
}
