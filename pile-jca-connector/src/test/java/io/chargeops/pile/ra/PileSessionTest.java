package io.chargeops.pile.ra;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.pile.api.PileConnected;
import io.chargeops.pile.api.PileDisconnected;
import io.chargeops.pile.api.PileDisconnected.Reason;
import io.chargeops.pile.api.PileEvent;
import io.chargeops.pile.api.PileFrameRejected;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.protocol.ykc.FrameError;
import io.chargeops.pile.protocol.ykc.FrameErrorKind;
import io.chargeops.pile.protocol.ykc.RawFrame;
import io.chargeops.pile.protocol.ykc.UnknownFrame;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.Heartbeat;
import io.chargeops.pile.protocol.ykc.message.HeartbeatResponse;
import io.chargeops.pile.protocol.ykc.message.LoginRequest;
import io.chargeops.pile.protocol.ykc.message.LoginResponse;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PileSessionTest {

    private static final PileCode PILE = PileCode.of("32010600000001");

    @Test
    void loginIsDeliveredAfterConnectAndASuccessfulReplyBindsTheSession() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            h.acceptLogins();
            TestPile pile = h.pile(PILE);
            pile.login(7);

            YkcPacket answer = pile.next(5000);
            assertThat(answer).isNotNull();
            assertThat(answer.sequence()).isEqualTo(7);
            assertThat(answer.message()).isEqualTo(new LoginResponse(PILE, LoginResult.SUCCESS));
            Harness.await("online", () -> h.isOnline(PILE));

            List<PileEvent> events = h.endpoint.snapshot();
            assertThat(events.get(0)).isInstanceOf(PileConnected.class);
            assertThat(events.get(1)).isInstanceOfSatisfying(PileMessageReceived.class, m -> {
                assertThat(m.packet().message()).isInstanceOf(LoginRequest.class);
                assertThat(m.pileCode()).isEqualTo(PILE);
                assertThat(m.connectionId()).isEqualTo(events.get(0).connectionId());
            });
            assertThat(h.endpoint.nonContainerThreads).as("deliveries ran on WorkManager threads only").isEmpty();
            assertThat(h.ra.statistics().logins()).isEqualTo(1);
            assertThat(h.ra.statistics().pilesOnline()).isEqualTo(1);
        }
    }

    @Test
    void heartbeatsAreAckedByTheAdapterWithTheSameSequencePerGunAndStillDelivered() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            h.acceptLogins();
            TestPile pile = h.online(PILE);
            pile.next(5000); // login answer

            pile.heartbeat(0x1234, 1);
            pile.heartbeat(0x1235, 2);

            YkcPacket first = pile.next(5000);
            YkcPacket second = pile.next(5000);
            assertThat(first.sequence()).isEqualTo(0x1234);
            assertThat(first.message()).isEqualTo(new HeartbeatResponse(PILE, 1, 0));
            assertThat(second.sequence()).isEqualTo(0x1235);
            assertThat(second.message()).isEqualTo(new HeartbeatResponse(PILE, 2, 0));
            Harness.await("heartbeats delivered", () -> h.events(PileMessageReceived.class).stream()
                    .filter(m -> m.packet().message() instanceof Heartbeat).count() == 2);
            assertThat(h.ra.statistics().heartbeatAcks()).isEqualTo(2);
            assertThat(h.ra.statistics().framesOut(0x04)).isEqualTo(2);
            assertThat(h.ra.statistics().framesIn(0x03)).isEqualTo(2);
        }
    }

    @Test
    void heartbeatsBeforeTheLoginIsAcceptedAreNotAcked() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            TestPile pile = h.pile(PILE);
            pile.heartbeat(1, 1);
            Harness.await("delivered", () -> !h.events(PileMessageReceived.class).isEmpty());
            assertThat(pile.next(300)).isNull();
        }
    }

    @Test
    void reLoginOnASecondConnectionClosesTheFirstWithReplacedByNewLogin() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            h.acceptLogins();
            TestPile first = h.online(PILE);
            String firstId = h.events(PileConnected.class).get(0).connectionId();

            TestPile second = h.pile(PILE);
            second.login(0);

            assertThat(first.awaitClosedByPlatform(5000)).isTrue();
            Harness.await("replacement reported", () -> !h.events(PileDisconnected.class).isEmpty());
            PileDisconnected gone = h.events(PileDisconnected.class).get(0);
            assertThat(gone.connectionId()).isEqualTo(firstId);
            assertThat(gone.reason()).isEqualTo(Reason.REPLACED_BY_NEW_LOGIN);
            assertThat(second.endOfStream).isFalse();
            assertThat(h.isOnline(PILE)).isTrue();
            assertThat(h.ra.statistics().sessionsReplaced()).isEqualTo(1);
            // the new session is the live one: its heartbeat is acked
            second.next(5000);
            second.heartbeat(42, 1);
            assertThat(second.next(5000).sequence()).isEqualTo(42);
        }
    }

    @Test
    void missedHeartbeatsCloseTheSessionWithHeartbeatTimeout() throws Exception {
        PileListenerSettings settings = Harness.FAST.withHeartbeat(Duration.ofMillis(100), 3);
        try (Harness h = new Harness(settings)) {
            h.acceptLogins();
            TestPile pile = h.online(PILE);
            long since = System.nanoTime();

            assertThat(pile.awaitClosedByPlatform(5000)).isTrue();
            long afterMillis = (System.nanoTime() - since) / 1_000_000;
            assertThat(afterMillis).as("not before 3 × 100 ms").isGreaterThanOrEqualTo(250);
            Harness.await("offline reported", () -> !h.events(PileDisconnected.class).isEmpty());
            PileDisconnected d = h.events(PileDisconnected.class).get(0);
            assertThat(d.reason()).isEqualTo(Reason.HEARTBEAT_TIMEOUT);
            assertThat(d.pileCode()).isEqualTo(PILE);
            assertThat(h.isOnline(PILE)).isFalse();
            assertThat(h.ra.statistics().heartbeatTimeouts()).isEqualTo(1);
        }
    }

    @Test
    void heartbeatsKeepTheSessionAlive() throws Exception {
        // 1.5 s of allowed silence, a heartbeat every 100 ms for 3 s: a session that ignored heartbeats would be
        // closed twice over, while a busy CI machine would need a 1.5 s stall to fail it falsely
        PileListenerSettings settings = Harness.FAST.withHeartbeat(Duration.ofMillis(500), 3);
        try (Harness h = new Harness(settings)) {
            h.acceptLogins();
            TestPile pile = h.online(PILE);
            for (int i = 0; i < 30; i++) {
                pile.heartbeat(i, 1);
                Thread.sleep(100);
            }
            assertThat(pile.endOfStream).isFalse();
            assertThat(h.isOnline(PILE)).isTrue();
        }
    }

    @Test
    void aRefusedLoginIsAnsweredThenTheConnectionIsClosed() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            h.endpoint.reaction = event -> {
                if (event instanceof PileMessageReceived m && m.packet().message() instanceof LoginRequest login) {
                    h.reply(m, new LoginResponse(login.pileCode(), LoginResult.FAILURE));
                }
            };
            TestPile pile = h.pile(PILE);
            pile.login(3);

            YkcPacket answer = pile.next(5000);
            assertThat(answer).as("the refusal reached the pile before the close").isNotNull();
            assertThat(answer.message()).isEqualTo(new LoginResponse(PILE, LoginResult.FAILURE));
            assertThat(pile.awaitClosedByPlatform(5000)).isTrue();
            Harness.await("disconnect", () -> !h.events(PileDisconnected.class).isEmpty());
            PileDisconnected d = h.events(PileDisconnected.class).get(0);
            assertThat(d.reason()).isEqualTo(Reason.LOGIN_REFUSED);
            assertThat(d.pileCode()).as("the pile the login named").isEqualTo(PILE);
            assertThat(h.isOnline(PILE)).isFalse();
            assertThat(h.ra.statistics().loginsRefused()).isEqualTo(1);
        }
    }

    @Test
    void garbageBetweenFramesIsRejectedAndTheValidFramesStillArrive() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            TestPile pile = h.pile(PILE);
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            stream.writeBytes(TestPile.CODEC.encode(1, TestPile.loginOf(PILE)));
            stream.writeBytes(new byte[] {0x01, 0x02, 0x03, (byte) 0xFF});
            byte[] badCrc = TestPile.CODEC.encode(2, new Heartbeat(PILE, 1, io.chargeops.pile.protocol.ykc.types.GunHealth.NORMAL));
            badCrc[badCrc.length - 1] ^= 0x55;
            stream.writeBytes(badCrc);
            stream.writeBytes(new RawFrame(3, 0, 0xF0, new byte[] {9, 9}).toBytes());
            stream.writeBytes(TestPile.CODEC.encode(4, new Heartbeat(PILE, 2, io.chargeops.pile.protocol.ykc.types.GunHealth.NORMAL)));
            pile.sendRaw(stream.toByteArray());

            Harness.await("heartbeat after the junk delivered", () -> h.events(PileMessageReceived.class).size() == 2);
            List<PileEvent> events = h.endpoint.snapshot();
            // order on the wire is kept: login, then the rejections, then the heartbeat behind them
            assertThat(events.get(1)).isInstanceOfSatisfying(PileMessageReceived.class,
                    m -> assertThat(m.packet().sequence()).isEqualTo(1));
            assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(PileMessageReceived.class,
                    m -> assertThat(m.packet().sequence()).isEqualTo(4));
            List<PileFrameRejected> rejected = h.events(PileFrameRejected.class);
            assertThat(rejected).hasSize(events.size() - 3);
            assertThat(rejected).allSatisfy(r -> assertThat(r.pileCode()).as("attributed via the login").isEqualTo(PILE));
            assertThat(rejected).extracting(r -> r.rejected() instanceof FrameError e ? e.kind().name() : "UNKNOWN_FRAME")
                    .startsWith("GARBAGE", "BAD_CRC") // the bad frame's remaining bytes resync as garbage
                    .endsWith("UNKNOWN_FRAME");
            assertThat(pile.endOfStream).as("bad input never closes the connection").isFalse();
            var stats = h.ra.statistics();
            assertThat(stats.decodeErrors()).containsKeys(FrameErrorKind.GARBAGE, FrameErrorKind.BAD_CRC);
            assertThat(stats.decodeErrorTotal()).isEqualTo(rejected.size() - 1);
            assertThat(stats.unknownFrames()).isEqualTo(1);
            assertThat(stats.bytesIn()).isEqualTo(stream.size());
            assertThat(h.ra.connectionStatistics()).singleElement()
                    .satisfies(c -> assertThat(c.decodeErrors()).isEqualTo(rejected.size() - 1));
        }
    }

    @Test
    void aSilentConnectionThatNeverLogsInIsClosedAfterTheIdleTimeout() throws Exception {
        try (Harness h = new Harness(Harness.FAST.withIdleTimeout(Duration.ofMillis(200)))) {
            TestPile pile = h.pile(PILE);
            assertThat(pile.awaitClosedByPlatform(5000)).isTrue();
            Harness.await("disconnect", () -> !h.events(PileDisconnected.class).isEmpty());
            assertThat(h.events(PileDisconnected.class).get(0).reason()).isEqualTo(Reason.IDLE_TIMEOUT);
            assertThat(h.events(PileDisconnected.class).get(0).pileCode()).isNull();
        }
    }

    @Test
    void aFailingEndpointIsCountedAndTheConnectionsNextEventsStillArrive() throws Exception {
        try (Harness h = new Harness(Harness.FAST, false)) {
            h.endpoint.transacted = true; // asked once, at activation
            h.ra.endpointActivation(h.endpoint, h.spec);
            h.endpoint.failOn = e -> e instanceof PileMessageReceived m && m.packet().sequence() == 2;
            TestPile pile = h.pile(PILE);
            for (int seq = 1; seq <= 3; seq++) {
                pile.heartbeat(seq, 1);
            }
            Harness.await("three heartbeats", () -> h.events(PileMessageReceived.class).size() == 3);
            assertThat(h.events(PileMessageReceived.class)).extracting(m -> m.packet().sequence()).containsExactly(1, 2, 3);
            assertThat(h.ra.statistics().deliveryFailures()).isEqualTo(1);
            // transacted: every delivery bracketed, the failed one included
            assertThat(h.endpoint.beforeDeliveries.get()).isEqualTo(4);
            assertThat(h.endpoint.afterDeliveries.get()).isEqualTo(4);
        }
    }

    @Test
    void aLoginWhoseConnectionClosedBeforeItsDeliveryIsNotDelivered() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
            h.endpoint.reaction = event -> {
                if (event instanceof PileConnected) { // the container is busy: this connection's events wait
                    try {
                        hold.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            TestPile pile = h.pile(PILE);
            Harness.await("connection seen", () -> !h.events(PileConnected.class).isEmpty());
            pile.login(0);
            pile.close(); // the pile gives up before the platform got to its login
            Harness.await("disconnect queued", () -> h.ra.statistics().eventsQueued() >= 3);
            hold.countDown();

            Harness.await("disconnect delivered", () -> !h.events(PileDisconnected.class).isEmpty());
            assertThat(h.events(PileMessageReceived.class)).as("the stale login").isEmpty();
            assertThat(h.ra.statistics().staleLoginsShed()).isEqualTo(1);
            assertThat(h.ra.statistics().eventsQueued()).isZero();

            // a login whose connection is still open is delivered as ever
            h.acceptLogins();
            h.online(PILE);
            assertThat(h.events(PileMessageReceived.class)).hasSize(1);
            assertThat(h.ra.statistics().staleLoginsShed()).isEqualTo(1);
        }
    }
}
