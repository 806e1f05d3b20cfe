package io.chargeops.core.interconnect;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.core.persistence.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Call-log retention on the migrated schema: calls before the cutoff go, in batches; later ones stay. */
class CallLogTest {

    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = TestDatabase.withDemoData();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void theRetentionPurgeDeletesOnlyCallsBeforeTheCutoffBatchByBatch() {
        Instant now = Instant.parse("2026-11-23T04:00:00Z");
        Instant cutoff = now.minus(Duration.ofDays(90));
        db.inTransaction(em -> {
            for (int i = 0; i < 7; i++) {
                em.persist(new PartnerCall(1000L, "123456789", "query_token", "IN", 0, null, 3,
                        cutoff.minus(Duration.ofHours(i + 1))));
            }
            em.persist(new PartnerCall(1000L, "123456789", "notification_stationInfo", "OUT", 0, null, 5, cutoff));
            em.persist(new PartnerCall(1000L, "123456789", "notification_stationInfo", "OUT", null, "HTTP 503", 5, now));
        });

        // the timer's loop, in batches of 3 (each its own transaction, as the container runs CallLog.purge)
        List<Integer> batches = new java.util.ArrayList<>();
        CallLog log = new CallLog() {
            @Override
            public int purge(Instant before, int limit) {
                int n = db.<Integer>inTransaction(em -> {
                    this.em = em;
                    return super.purge(before, limit);
                });
                batches.add(n);
                return n;
            }
        };
        assertThat(InterconnectTimer.purgeAll(log, cutoff, 3)).isEqualTo(7);
        assertThat(batches).containsExactly(3, 3, 1);

        List<Instant> left = db.read(em -> em.createQuery("SELECT c.calledAt FROM PartnerCall c ORDER BY c.calledAt", Instant.class)
                .getResultList());
        assertThat(left).as("the call at the cutoff itself and the recent one are kept").containsExactly(cutoff, now);
        assertThat(InterconnectTimer.purgeAll(log, cutoff, 3)).as("nothing left before the cutoff").isZero();
    }
}
