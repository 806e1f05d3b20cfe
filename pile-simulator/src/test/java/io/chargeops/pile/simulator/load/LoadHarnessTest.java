package io.chargeops.pile.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.protocol.ykc.message.BillingModelVerifyRequest;
import io.chargeops.pile.protocol.ykc.message.BillingModelVerifyResponse;
import io.chargeops.pile.protocol.ykc.message.Heartbeat;
import io.chargeops.pile.protocol.ykc.message.HeartbeatResponse;
import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import io.chargeops.pile.protocol.ykc.message.LoginResponse;
import io.chargeops.pile.protocol.ykc.message.PileStartRequest;
import io.chargeops.pile.protocol.ykc.message.PileStartResponse;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.message.TransactionRecordConfirm;
import io.chargeops.pile.protocol.ykc.types.BillingModelId;
import io.chargeops.pile.protocol.ykc.types.Carrier;
import io.chargeops.pile.protocol.ykc.types.GunHealth;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.protocol.ykc.types.ModelVerifyResult;
import io.chargeops.pile.protocol.ykc.types.NetworkType;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.PileType;
import io.chargeops.pile.protocol.ykc.types.StartMode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import io.chargeops.pile.simulator.SourceAddresses;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The load harness's pure logic: per-second curves, cards, the probe's parsing, the bare responder's answers. */
class LoadHarnessTest {
    private static final PileCode PILE = PileCode.of("32019900000001");

    @Test
    void perSecondTurnsACumulativeCountIntoIncrementsAndFillsSecondsWithoutSamples() {
        SortedMap<Long, Long> cumulative = new TreeMap<>();
        cumulative.put(0L, 0L);
        cumulative.put(1L, 40L);
        cumulative.put(3L, 100L); // no sample in second 2
        cumulative.put(4L, 100L);
        assertThat(LoadMain.perSecond(cumulative)).containsExactly(
                java.util.Map.entry(0L, 0L), java.util.Map.entry(1L, 40L), java.util.Map.entry(2L, 0L),
                java.util.Map.entry(3L, 60L), java.util.Map.entry(4L, 0L));
        assertThat(LoadMain.perSecond(new TreeMap<>())).isEmpty();
    }

    @Test
    void eachGunHasItsOwnCardTheScriptRegisters() {
        assertThat(LoadMain.cardOf(PILE, 1)).isEqualTo(PhysicalCardNo.of("3201990000000101"));
        assertThat(LoadMain.cardOf(PILE, 2).hex()).isEqualTo("3201990000000102");
    }

    @Test
    void theProbeReadsTheGunStateOutOfTheOpsApiAnswer() {
        assertThat(StateProbe.stateOf("{\"gunCode\":\"3201990000000101\",\"state\":\"OCCUPIED\",\"pileOnline\":true}"))
                .isEqualTo("OCCUPIED");
        assertThat(StateProbe.stateOf("{\"state\" : \"IDLE\"}")).isEqualTo("IDLE");
        assertThat(StateProbe.stateOf("{\"type\":\"about:blank\",\"status\":404}")).isNull();
        assertThat(StateProbe.stateOf(null)).isNull();
    }

    @Test
    void theBareResponderAnswersOnlyWhatKeepsAPileOnlineAndItsSessionsGoing() {
        BareResponder bare = new BareResponder(1);
        try {
            assertThat(bare.answer(new LoginRequest(PILE, PileType.DC, 2, LoginRequest.PROTOCOL_V16, "SIM1.0",
                    NetworkType.LAN, "00".repeat(10), Carrier.OTHER)))
                    .isEqualTo(new LoginResponse(PILE, LoginResult.SUCCESS));
            assertThat(bare.answer(new BillingModelVerifyRequest(PILE, BillingModelId.of("0001"))))
                    .isEqualTo(new BillingModelVerifyResponse(PILE, BillingModelId.of("0001"),
                            ModelVerifyResult.CONSISTENT));
            assertThat(bare.answer(new Heartbeat(PILE, 2, GunHealth.NORMAL))).isInstanceOf(HeartbeatResponse.class);
            PileStartResponse start = (PileStartResponse) bare.answer(new PileStartRequest(PILE, 1, StartMode.CARD,
                    false, PhysicalCardNo.of("3201990000000101"), "00".repeat(16), ""));
            assertThat(start.authResult()).isEqualTo(SuccessFlag.SUCCESS);
            assertThat(start.serial().digits()).hasSize(32).startsWith("3201990000000101");
            PileStartResponse next = (PileStartResponse) bare.answer(new PileStartRequest(PILE, 1, StartMode.CARD,
                    false, PhysicalCardNo.of("3201990000000101"), "00".repeat(16), ""));
            assertThat(next.serial()).isNotEqualTo(start.serial());
            assertThat(bare.answer(new io.chargeops.pile.protocol.ykc.message.RemoteStopResponse(PILE, 1,
                    SuccessFlag.SUCCESS, io.chargeops.pile.protocol.ykc.types.RemoteStopFailure.NONE))).isNull();
        } finally {
            bare.close();
        }
    }

    @Test
    void latenciesAndCountersAreKeptPerPhaseAndForTheWholeRun() {
        LoadRecorder r = new LoadRecorder();
        r.record("0x13->API state", 5_000_000);
        r.count("start_refused");
        r.steady();
        r.record("0x13->API state", 7_000_000);
        r.record("0x13->API state", 9_000_000);
        r.count("start_refused");
        r.phase("storm");
        assertThat(r.isSteady()).isFalse();
        r.count("login_refused");
        assertThat(r.latency().get("0x13->API state").count()).isEqualTo(3);
        assertThat(r.latencyByPhase().get("0x13->API state warmup").count()).isEqualTo(1);
        assertThat(r.latencyByPhase().get("0x13->API state steady").count()).isEqualTo(2);
        assertThat(r.latencyByPhase().get("0x13->API state steady").maxMicros()).isEqualTo(9_000);
        assertThat(r.counters()).containsEntry("start_refused warmup", 1L).containsEntry("start_refused steady", 1L)
                .containsEntry("login_refused storm", 1L);
        assertThat(r.settlements("storm")).isZero();
    }

    @Test
    void settlementsAreCountedOnceAtTheFirstAcceptedConfirmationOfARecord() {
        LoadRecorder r = new LoadRecorder();
        r.phase("burst");
        var probe = r.probe(PILE, 2);
        var record = io.chargeops.pile.simulator.load.TestRecords.record(PILE, 1, "32019900000001012611230000000001");
        probe.onPacket(true, io.chargeops.pile.protocol.ykc.YkcPacket.of(1, record), 1_000_000);
        probe.onPacket(true, io.chargeops.pile.protocol.ykc.YkcPacket.of(2, record), 2_000_000); // resend
        var confirm = new TransactionRecordConfirm(record.serial(),
                io.chargeops.pile.protocol.ykc.types.TransactionConfirmResult.ACCEPTED);
        probe.onPacket(false, io.chargeops.pile.protocol.ykc.YkcPacket.of(1, confirm), 4_000_000);
        probe.onPacket(false, io.chargeops.pile.protocol.ykc.YkcPacket.of(2, confirm), 5_000_000);
        assertThat(r.settlements("burst")).isEqualTo(1);
        assertThat(r.latencyByPhase().get("0x3B->0x40 burst").maxMicros()).isEqualTo(3_000); // from the first send
        assertThat(r.lastSettlementNanos()).isEqualTo(4_000_000);
        assertThat(r.counters()).containsEntry("record_resent burst", 1L);
        assertThat(r.sent(0x3B)).isEqualTo(2);
        assertThat(r.received(0x40)).isEqualTo(2);
    }

    @Test
    void simulatorProcessesCanEachConnectFromTheirOwnLoopbackAddress() {
        assertThat(SourceAddresses.loopback(4).getAddress().getHostAddress()).isEqualTo("127.0.0.4");
        assertThat(SourceAddresses.loopback(4).getPort()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SourceAddresses.loopback(255))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void realTimeDataIsNotAnsweredByTheBareResponder() {
        BareResponder bare = new BareResponder(1);
        try {
            RealTimeData data = TestRecords.realTime(PILE, 1);
            assertThat(bare.answer(data)).isNull();
        } finally {
            bare.close();
        }
    }
}
