package io.chargeops.pile.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileGateway;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.api.PileOfflineException;
import io.chargeops.pile.api.PileTimeoutException;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.RebootRequest;
import io.chargeops.pile.protocol.ykc.message.RebootResponse;
import io.chargeops.pile.protocol.ykc.message.RemoteStartRequest;
import io.chargeops.pile.protocol.ykc.message.RemoteStartResponse;
import io.chargeops.pile.protocol.ykc.message.RemoteStopRequest;
import io.chargeops.pile.protocol.ykc.message.RemoteStopResponse;
import io.chargeops.pile.protocol.ykc.types.ExecutionControl;
import io.chargeops.pile.protocol.ykc.types.LogicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PhysicalCardNo;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.RemoteStopFailure;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class PileGatewayTest {

    private static final PileCode PILE = PileCode.of("32010600000001");

    @Test
    void sendingToAnOfflinePileFailsWithThePileCode() throws Exception {
        try (Harness h = new Harness(Harness.FAST); PileGateway gateway = h.gateways.getGateway()) {
            assertThat(gateway.isOnline(PILE)).isFalse();
            assertThatThrownBy(() -> gateway.send(PILE, new RebootRequest(PILE, ExecutionControl.IMMEDIATELY)))
                    .isInstanceOf(PileOfflineException.class).hasMessageContaining("32010600000001");
            assertThatThrownBy(() -> gateway.request(PILE, new RemoteStopRequest(PILE, 1), RemoteStopResponse.class,
                    Duration.ofSeconds(1))).isInstanceOf(PileOfflineException.class);
        }
    }

    @Test
    void requestsAreMatchedByAnswerTypeAndGunWhateverOrderThePileAnswersIn() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            h.acceptLogins();
            TestPile pile = h.online(PILE);
            pile.next(5000); // login answer

            CompletableFuture<RemoteStopResponse> gun1 = CompletableFuture.supplyAsync(() -> stop(h, 1));
            YkcPacket first = pile.next(5000);
            CompletableFuture<RemoteStopResponse> gun2 = CompletableFuture.supplyAsync(() -> stop(h, 2));
            YkcPacket second = pile.next(5000);
            assertThat(first.message()).isEqualTo(new RemoteStopRequest(PILE, 1));
            assertThat(second.message()).isEqualTo(new RemoteStopRequest(PILE, 2));
            assertThat(second.sequence()).as("per-session sequence allocator").isNotEqualTo(first.sequence());

            // answered in reverse order, and an unrelated frame in between
            pile.send(second.sequence(), new RemoteStopResponse(PILE, 2, SuccessFlag.FAILURE, RemoteStopFailure.NOT_CHARGING));
            pile.send(99, new RebootResponse(PILE, SuccessFlag.SUCCESS));
            pile.send(first.sequence(), new RemoteStopResponse(PILE, 1, SuccessFlag.SUCCESS, RemoteStopFailure.NONE));

            assertThat(gun1.get().gunNo()).isEqualTo(1);
            assertThat(gun1.get().result()).isEqualTo(SuccessFlag.SUCCESS);
            assertThat(gun2.get().gunNo()).isEqualTo(2);
            assertThat(gun2.get().result()).isEqualTo(SuccessFlag.FAILURE);
            Harness.await("unrelated frame delivered", () -> h.events(PileMessageReceived.class).stream()
                    .anyMatch(m -> m.packet().message() instanceof RebootResponse));
            assertThat(h.events(PileMessageReceived.class)).as("matched answers go to the waiter, not the endpoint")
                    .noneMatch(m -> m.packet().message() instanceof RemoteStopResponse);
            // the I/O thread counts a match just after handing the answer over, so the waiter may look first
            Harness.await("both answers counted as matched", () -> h.ra.statistics().answersMatched() == 2);
            assertThat(h.ra.statistics().framesOut(0x36)).isEqualTo(2);
        }
    }

    @Test
    void remoteStartIsMatchedByTransactionSerial() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            h.acceptLogins();
            TestPile pile = h.online(PILE);
            pile.next(5000);
            TransactionSerial mine = TransactionSerial.generate(PILE, 1, LocalDateTime.of(2026, 1, 1, 8, 0), 1);
            TransactionSerial older = TransactionSerial.generate(PILE, 1, LocalDateTime.of(2026, 1, 1, 7, 0), 9);

            CompletableFuture<RemoteStartResponse> answer = CompletableFuture.supplyAsync(() -> {
                try (PileGateway gateway = h.gateways.getGateway()) {
                    return gateway.request(PILE, new RemoteStartRequest(mine, PILE, 1, LogicalCardNo.NONE,
                            PhysicalCardNo.NONE, new BigDecimal("50.00")), RemoteStartResponse.class, Duration.ofSeconds(5));
                } catch (PileCommandException e) {
                    throw new IllegalStateException(e);
                }
            });
            YkcPacket command = pile.next(5000);
            pile.send(command.sequence(), new RemoteStartResponse(older, PILE, 1, SuccessFlag.FAILURE,
                    io.chargeops.pile.protocol.ykc.types.RemoteStartFailure.NONE));
            pile.send(command.sequence(), new RemoteStartResponse(mine, PILE, 1, SuccessFlag.SUCCESS,
                    io.chargeops.pile.protocol.ykc.types.RemoteStartFailure.NONE));

            assertThat(answer.get().serial()).isEqualTo(mine);
            Harness.await("the other serial's answer delivered as an event", () -> h.events(PileMessageReceived.class)
                    .stream().anyMatch(m -> m.packet().message() instanceof RemoteStartResponse r && r.serial().equals(older)));
        }
    }

    @Test
    void anUnansweredRequestTimesOutAndTheLateAnswerIsDeliveredAsAnEvent() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            h.acceptLogins();
            TestPile pile = h.online(PILE);
            pile.next(5000);

            try (PileGateway gateway = h.gateways.getGateway()) {
                long start = System.nanoTime();
                assertThatThrownBy(() -> gateway.request(PILE, new RemoteStopRequest(PILE, 1), RemoteStopResponse.class,
                        Duration.ofMillis(300)))
                        .isInstanceOf(PileTimeoutException.class).hasMessageContaining("32010600000001")
                        .hasMessageContaining("0x36");
                assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(280);
            }
            YkcPacket command = pile.next(5000);
            pile.send(command.sequence(), new RemoteStopResponse(PILE, 1, SuccessFlag.SUCCESS, RemoteStopFailure.NONE));

            Harness.await("late answer delivered", () -> h.events(PileMessageReceived.class).stream()
                    .anyMatch(m -> m.packet().message() instanceof RemoteStopResponse));
            assertThat(h.ra.statistics().requestTimeouts()).isEqualTo(1);
        }
    }

    @Test
    void aPileThatDisconnectsWhileARequestWaitsFailsItAsOfflineAtOnce() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            h.acceptLogins();
            TestPile pile = h.online(PILE);
            pile.next(5000);
            CompletableFuture<Throwable> failure = CompletableFuture.supplyAsync(() -> {
                try (PileGateway gateway = h.gateways.getGateway()) {
                    gateway.request(PILE, new RemoteStopRequest(PILE, 1), RemoteStopResponse.class, Duration.ofSeconds(30));
                    return null;
                } catch (PileCommandException e) {
                    return e;
                }
            });
            pile.next(5000);
            pile.close();

            assertThat(failure.get(5, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(PileOfflineException.class);
        }
    }

    @Test
    void aCommandThatCannotBeEncodedFailsWithoutClosingTheSession() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            h.acceptLogins();
            h.online(PILE);
            try (PileGateway gateway = h.gateways.getGateway()) {
                RemoteStartRequest tooRich = new RemoteStartRequest(TransactionSerial.NONE, PILE, 1, LogicalCardNo.NONE,
                        PhysicalCardNo.NONE, new BigDecimal("99999999.99"));
                assertThatThrownBy(() -> gateway.send(PILE, tooRich)).isInstanceOf(PileCommandException.class)
                        .isNotInstanceOf(PileOfflineException.class).hasMessageContaining("32010600000001");
                assertThat(gateway.isOnline(PILE)).isTrue();
            }
        }
    }

    @Test
    void aRequestForAnAnswerTypeThatDoesNotAnswerTheCommandIsAProgrammingError() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            h.acceptLogins();
            h.online(PILE);
            try (PileGateway gateway = h.gateways.getGateway()) {
                assertThatThrownBy(() -> gateway.request(PILE, new RemoteStopRequest(PILE, 1), RebootResponse.class,
                        Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x35");
            }
        }
    }

    @Test
    void aClosedHandleRefusesUseAndStatisticsNeedNoHandle() throws Exception {
        try (Harness h = new Harness(Harness.FAST)) {
            PileGateway gateway = h.gateways.getGateway();
            gateway.close();
            assertThatThrownBy(() -> gateway.send(PILE, new RebootRequest(PILE, ExecutionControl.IMMEDIATELY)))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(h.gateways.statistics().endpointsActive()).isEqualTo(1);
            assertThat(h.gateways.connectionStatistics()).isEmpty();
        }
    }

    private static RemoteStopResponse stop(Harness h, int gun) {
        try (PileGateway gateway = h.gateways.getGateway()) {
            return gateway.request(PILE, new RemoteStopRequest(PILE, gun), RemoteStopResponse.class, Duration.ofSeconds(5));
        } catch (PileCommandException e) {
            throw new IllegalStateException(e);
        }
    }
}
