package io.chargeops.pile.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.pile.protocol.ykc.types.PileType;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PileSimulatorTest {
    @Test
    void fleetLogsInChargesAndSettles() {
        try (TestPlatform platform = new TestPlatform()) {
            PileSimulator.Settings s = new PileSimulator.Settings(20, 2, "127.0.0.1", platform.port(), 0.5,
                    Duration.ofSeconds(3), 7, 32010600000100L, PileType.AC, SimIntervals.fast(), 60, 20_000,
                    Duration.ofMillis(100), 2);
            try (PileSimulator sim = new PileSimulator(s).start()) {
                SimulatedPileTest.awaitTrue(() -> sim.summary().online() == 20);
                SimulatedPileTest.awaitTrue(() -> sim.summary().chargingGuns() > 0);
                SimulatedPileTest.awaitTrue(() -> sim.summary().billsConfirmed() > 0);
                PileSimulator.Summary summary = sim.summary();
                assertThat(summary.frameErrors()).isZero();
                assertThat(summary.framesSent()).isPositive();
            }
            assertThat(platform.sessions.keySet()).hasSizeLessThanOrEqualTo(20);
        }
    }

    @Test
    void cliParsesAllOptions() {
        PileSimulator.Settings s = SimulatorMain.parse(new String[] {"--piles", "500", "--guns", "4", "--host",
                "10.0.0.5", "--port", "9000", "--charging-ratio", "0.25", "--duration", "2m", "--seed", "9",
                "--type", "ac", "--fast"});
        assertThat(s.piles()).isEqualTo(500);
        assertThat(s.guns()).isEqualTo(4);
        assertThat(s.host()).isEqualTo("10.0.0.5");
        assertThat(s.port()).isEqualTo(9000);
        assertThat(s.chargingRatio()).isEqualTo(0.25);
        assertThat(s.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.seed()).isEqualTo(9);
        assertThat(s.pileType()).isEqualTo(PileType.AC);
        assertThat(s.intervals()).isEqualTo(SimIntervals.fast());
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--charging-ratio", "2"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--bogus", "1"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sourceAddressesSpreadOnlyWhenNeeded() {
        InetSocketAddress loopback = new InetSocketAddress("127.0.0.1", 8767);
        assertThat(SourceAddresses.forPile(5, 100, 20_000, loopback)).isNull();
        assertThat(SourceAddresses.forPile(0, 50_000, 20_000, loopback).getAddress().getHostAddress())
                .isEqualTo("127.0.0.1");
        assertThat(SourceAddresses.forPile(45_000, 50_000, 20_000, loopback).getAddress().getHostAddress())
                .isEqualTo("127.0.0.3");
    }
}
