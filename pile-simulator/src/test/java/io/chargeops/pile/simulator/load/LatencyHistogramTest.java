package io.chargeops.pile.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void everyValueFallsIntoABucketWhoseUpperEdgeIsWithinTwoPercent() {
        for (long v = 0; v < 5_000_000; v += v < 1000 ? 1 : 997) {
            int i = LatencyHistogram.index(v);
            long edge = LatencyHistogram.upperEdge(i);
            assertThat(edge).isGreaterThanOrEqualTo(v);
            assertThat(edge - v).isLessThanOrEqualTo(Math.max(0, v / 50));
            if (i > 0) {
                assertThat(LatencyHistogram.upperEdge(i - 1)).isLessThan(v);
            }
        }
    }

    @Test
    void percentilesOfAUniformSampleAreWhereTheyShouldBe() {
        LatencyHistogram h = new LatencyHistogram();
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            h.record(r.nextLong(1, 10_001)); // 1 µs .. 10 ms
        }
        assertThat(h.count()).isEqualTo(100_000);
        assertThat(h.percentileMicros(0.5)).isBetween(4_900L, 5_100L);
        assertThat(h.percentileMicros(0.99)).isBetween(9_800L, 10_000L);
        assertThat(h.percentileMicros(1.0)).isEqualTo(h.maxMicros());
        assertThat(h.summaryMillis()).containsKeys("p50_ms", "p95_ms", "p99_ms", "max_ms");
    }
}
