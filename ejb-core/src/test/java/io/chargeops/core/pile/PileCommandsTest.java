package io.chargeops.core.pile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.persistence.TestDatabase;
import io.chargeops.pile.protocol.ykc.message.RebootResponse;
import io.chargeops.pile.protocol.ykc.message.TimeSyncRequest;
import io.chargeops.pile.protocol.ykc.message.TimeSyncResponse;
import io.chargeops.pile.protocol.ykc.types.ExecutionControl;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every command ends up in the command log with its outcome, and failures say which kind they are. */
class PileCommandsTest {

    static final String DEMO = "32010600000001";

    TestDatabase db;
    FakeGateway gateway;
    PileCommands commands;

    @BeforeEach
    void setUp() {
        db = TestDatabase.withDemoData();
        gateway = new FakeGateway();
        gateway.answers.put(TimeSyncResponse.class, c -> new TimeSyncResponse(PileCode.of(DEMO), ((TimeSyncRequest) c).time()));
        gateway.answers.put(RebootResponse.class, c -> new RebootResponse(PileCode.of(DEMO), SuccessFlag.SUCCESS));
        commands = new PileCommands();
        commands.gateways = gateway;
        commands.metrics = new PileMetrics();
        commands.live = new LivePiles();
        commands.timeoutSeconds = 1;
        commands.zone = "Asia/Shanghai";
        // REQUIRES_NEW in the container: here each log write commits on its own as well
        commands.commandLog = new PileCommandLog() {
            @Override
            public long opened(String pileCode, Integer gunNo, String commandType, int frameType, String payloadSummary,
                               String actor, Instant sentAt) {
                return db.inTransaction(em -> {
                    this.em = em;
                    return super.opened(pileCode, gunNo, commandType, frameType, payloadSummary, actor, sentAt);
                });
            }

            @Override
            public void closed(long id, PileCommandResult result, String answerSummary, Instant at) {
                db.inTransaction(em -> {
                    this.em = em;
                    super.closed(id, result, answerSummary, at);
                });
            }
        };
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void answeredTimeSyncIsRecordedWithThePilesTime() {
        gateway.online.add(DEMO);

        LocalDateTime pileTime = commands.syncTime(DEMO, "operator:13900000000");

        assertThat(pileTime).isNotNull();
        PileCommandRecord record = only();
        assertThat(record.getResult()).isEqualTo(PileCommandResult.ANSWERED);
        assertThat(record.getCommandType()).isEqualTo("TIME_SYNC");
        assertThat(record.getFrameType()).isEqualTo(0x56);
        assertThat(record.getActor()).isEqualTo("operator:13900000000");
        assertThat(record.getMerchantId()).isEqualTo(1L);
        assertThat(record.getAnsweredAt()).isNotNull();
        assertThat(record.getAnswerSummary()).startsWith("pile time=");
    }

    @Test
    void rebootOfAnOfflinePileFailsAsOfflineAndIsRecorded() {
        assertThatThrownBy(() -> commands.reboot(DEMO, ExecutionControl.IMMEDIATELY, "operator:13900000000"))
                .isInstanceOfSatisfying(PileCommandFailedException.class, e -> {
                    assertThat(e.result()).isEqualTo(PileCommandResult.OFFLINE);
                    assertThat(e.getMessage()).contains(DEMO).contains("offline");
                });

        PileCommandRecord record = only();
        assertThat(record.getResult()).isEqualTo(PileCommandResult.OFFLINE);
        assertThat(record.getFrameType()).isEqualTo(0x92);
        assertThat(record.getAnsweredAt()).isNull();
        assertThat(gateway.requests).isEmpty();
    }

    @Test
    void silentPileTimesOut() {
        gateway.online.add(DEMO);
        gateway.silent.add(DEMO);

        assertThatThrownBy(() -> commands.syncTime(DEMO, PileCommands.SYSTEM))
                .isInstanceOfSatisfying(PileCommandFailedException.class, e -> assertThat(e.result()).isEqualTo(PileCommandResult.TIMEOUT));
        assertThat(only().getResult()).isEqualTo(PileCommandResult.TIMEOUT);
    }

    @Test
    void rebootAnswered() {
        gateway.online.add(DEMO);

        assertThat(commands.reboot(DEMO, ExecutionControl.WHEN_IDLE, "operator:1")).isTrue();
        assertThat(only().getPayloadSummary()).isEqualTo("execution=WHEN_IDLE");
    }

    @Test
    void anOutcomeIsRecordedOnce() {
        PileCommandRecord record = new PileCommandRecord(1L, DEMO, null, "REBOOT", 0x92, null, "system", Instant.now());
        assertThat(record.close(PileCommandResult.TIMEOUT, "late", Instant.now())).isTrue();
        assertThat(record.close(PileCommandResult.ANSWERED, "too late", Instant.now())).isFalse();
        assertThat(record.getResult()).isEqualTo(PileCommandResult.TIMEOUT);
    }

    private PileCommandRecord only() {
        List<PileCommandRecord> all = db.read(em -> em.createQuery("SELECT c FROM PileCommandRecord c", PileCommandRecord.class)
                .getResultList());
        assertThat(all).hasSize(1);
        return all.get(0);
    }
}
