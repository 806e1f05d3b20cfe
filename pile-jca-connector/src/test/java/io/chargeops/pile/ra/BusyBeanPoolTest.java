package io.chargeops.pile.ra;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When the container has fewer MDB instances than the adapter has deliveries to make, deliveries wait for an
 * instance; none is dropped. (Found by the 10,000-pile load run: a login storm exhausted Payara's MDB pool and the
 * adapter lost events after three attempts.)
 */
class BusyBeanPoolTest {

    @Test
    void aBusyBeanPoolDelaysDeliveriesButLosesNone() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            h.endpoint.poolSize = 2; // far below the 16 deliveries the activation allows and the 16 work threads
            h.endpoint.delayMillis = 2;
            List<TestPile> piles = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                piles.add(h.pile(PileCode.ofNumber(32010600001000L + i)));
            }
            for (int seq = 0; seq < 10; seq++) {
                for (TestPile pile : piles) {
                    pile.heartbeat(seq, 1);
                }
            }

            Harness.await("every heartbeat delivered", Duration.ofSeconds(60),
                    () -> h.events(PileMessageReceived.class).size() == 400);
            assertThat(h.endpoint.unavailable.get()).as("the pool really was exhausted").isPositive();
            assertThat(h.ra.statistics().deliveryFailures()).isZero();
            assertThat(h.endpoint.overlaps.get()).isZero();
        }
    }
}
