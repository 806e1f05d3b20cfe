package io.chargeops.pile.ra;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.api.PileConnected;
import io.chargeops.pile.api.PileEvent;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The order test: one pile's 1,000 messages arrive in order while 100 other piles send at the same time. */
class DeliveryOrderTest {

    private static final PileCode MAIN = PileCode.ofNumber(32010600000000L);
    private static final int MAIN_MESSAGES = 1000;
    private static final int OTHER_PILES = 100;
    private static final int OTHER_MESSAGES = 50;

    @Test
    void oneConnectionsEventsArriveInOrderAndNeverOverlapWhileOtherPilesSendConcurrently() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            h.endpoint.delayMillis = 1; // deliveries take time, so overlap and reordering would have room to happen
            List<TestPile> piles = new ArrayList<>();
            piles.add(h.pile(MAIN));
            for (int i = 1; i <= OTHER_PILES; i++) {
                piles.add(h.pile(PileCode.ofNumber(32010600000000L + i)));
            }
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService senders = Executors.newFixedThreadPool(piles.size());
            List<Future<?>> sent = new ArrayList<>();
            for (TestPile pile : piles) {
                int count = pile.code.equals(MAIN) ? MAIN_MESSAGES : OTHER_MESSAGES;
                sent.add(senders.submit(() -> {
                    go.await();
                    for (int seq = 0; seq < count; seq++) {
                        pile.heartbeat(seq, 1);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : sent) {
                f.get();
            }
            senders.shutdown();
            int expected = MAIN_MESSAGES + OTHER_PILES * OTHER_MESSAGES;
            Harness.await("all delivered", Duration.ofSeconds(60),
                    () -> h.events(PileMessageReceived.class).size() == expected);

            Map<String, List<Integer>> sequencesByConnection = new LinkedHashMap<>();
            Map<String, PileCode> pileByConnection = new LinkedHashMap<>();
            for (PileEvent event : h.endpoint.snapshot()) {
                if (event instanceof PileConnected c) {
                    assertThat(sequencesByConnection).as("PileConnected comes first").doesNotContainKey(c.connectionId());
                    sequencesByConnection.put(c.connectionId(), new ArrayList<>());
                } else if (event instanceof PileMessageReceived m) {
                    sequencesByConnection.get(m.connectionId()).add(m.packet().sequence());
                    pileByConnection.put(m.connectionId(), m.pileCode());
                }
            }
            assertThat(sequencesByConnection).hasSize(OTHER_PILES + 1);
            for (var entry : sequencesByConnection.entrySet()) {
                int count = MAIN.equals(pileByConnection.get(entry.getKey())) ? MAIN_MESSAGES : OTHER_MESSAGES;
                assertThat(entry.getValue()).as("order of " + pileByConnection.get(entry.getKey()))
                        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, count).boxed().toList());
            }
            assertThat(h.endpoint.overlaps.get()).as("two deliveries of one connection at the same time").isZero();
            assertThat(h.endpoint.maxParallel.get()).as("different connections delivered in parallel").isGreaterThan(1);
            assertThat(h.endpoint.nonContainerThreads).isEmpty();
            assertThat(h.ra.statistics().deliveryFailures()).isZero();
        }
    }
}
