package io.chargeops.pile.ra;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.api.ConnectionStatistics;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackPressureTest {

    private static final PileCode PILE = PileCode.of("32010600000001");
    private static final int MAX_QUEUED = 50;
    private static final int MESSAGES = 1500;
    /** After reading pauses, at most the frames of the read in progress can still be queued (4 KiB / 17-byte 0x03). */
    private static final int BOUND = MAX_QUEUED + 4096 / 17;

    @Test
    void aSlowEndpointPausesReadingSoTheQueueStaysBoundedAndEverythingArrivesInOrder() throws Exception {
        try (Harness h = new Harness(Harness.FAST.withMaxQueuedEvents(MAX_QUEUED))) {
            h.endpoint.delayMillis = 1;
            TestPile pile = h.pile(PILE);
            AtomicInteger maxSeen = new AtomicInteger();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    for (ConnectionStatistics c : h.ra.connectionStatistics()) {
                        maxSeen.accumulateAndGet(c.queuedEvents(), Math::max);
                    }
                    Thread.onSpinWait();
                }
            });
            sampler.start();
            try {
                for (int seq = 0; seq < MESSAGES; seq++) {
                    pile.heartbeat(seq, 1); // a pile that is not logged in gets no acks, so nothing flows back
                }
                Harness.await("all delivered", Duration.ofSeconds(60),
                        () -> h.events(PileMessageReceived.class).size() == MESSAGES);
            } finally {
                sampler.interrupt();
                sampler.join();
            }

            var stats = h.ra.statistics();
            assertThat(stats.readPauses()).as("reading was paused at least once").isPositive();
            assertThat(stats.queueHighWater()).isGreaterThanOrEqualTo(MAX_QUEUED).isLessThanOrEqualTo(BOUND);
            assertThat(maxSeen.get()).isLessThanOrEqualTo(BOUND);
            assertThat(h.events(PileMessageReceived.class)).extracting(m -> m.packet().sequence())
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, MESSAGES).boxed().toList());
            assertThat(h.ra.connectionStatistics()).singleElement().satisfies(c -> {
                assertThat(c.readPaused()).as("resumed once drained").isFalse();
                assertThat(c.queuedEvents()).isZero();
            });
        }
    }
}
