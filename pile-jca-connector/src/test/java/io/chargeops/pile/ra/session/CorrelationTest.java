package io.chargeops.pile.ra.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.pile.protocol.ykc.message.BillingModelSetResponse;
import io.chargeops.pile.protocol.ykc.message.GroundLockCommand;
import io.chargeops.pile.protocol.ykc.message.GroundLockCommandResponse;
import io.chargeops.pile.protocol.ykc.message.RebootRequest;
import io.chargeops.pile.protocol.ykc.message.RebootResponse;
import io.chargeops.pile.protocol.ykc.message.RemoteStopRequest;
import io.chargeops.pile.protocol.ykc.message.RemoteStopResponse;
import io.chargeops.pile.protocol.ykc.types.ExecutionControl;
import io.chargeops.pile.protocol.ykc.types.LockCommand;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.RemoteStopFailure;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import org.junit.jupiter.api.Test;

class CorrelationTest {

    private static final PileCode PILE = PileCode.of("32010600000001");

    @Test
    void gunCarryingAnswersMatchOnlyTheirGun() {
        var request = Correlation.forRequest(new RemoteStopRequest(PILE, 1), 0x35);
        assertThat(Correlation.forAnswer(new RemoteStopResponse(PILE, 1, SuccessFlag.SUCCESS, RemoteStopFailure.NONE)))
                .isEqualTo(request);
        assertThat(Correlation.forAnswer(new RemoteStopResponse(PILE, 2, SuccessFlag.SUCCESS, RemoteStopFailure.NONE)))
                .isNotEqualTo(request);
        assertThat(Correlation.forAnswer(new GroundLockCommandResponse(PILE, 2, SuccessFlag.SUCCESS, 0)))
                .isEqualTo(Correlation.forRequest(new GroundLockCommand(PILE, 2, LockCommand.values()[0], 0), 0x63));
    }

    @Test
    void answersWithoutGunOrSerialMatchByTypeAlone() {
        assertThat(Correlation.forAnswer(new RebootResponse(PILE, SuccessFlag.SUCCESS)))
                .isEqualTo(Correlation.forRequest(new RebootRequest(PILE, ExecutionControl.IMMEDIATELY), 0x91));
    }

    @Test
    void aMismatchedAnswerTypeIsRejected() {
        assertThatThrownBy(() -> Correlation.forRequest(new RebootRequest(PILE, ExecutionControl.IMMEDIATELY),
                BillingModelSetResponse.TYPE.code())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0x91");
    }

    @Test
    void pendingWaitersWithTheSameKeyAreServedInOrderAndCancelledOnesAreSkipped() {
        PendingRequests pending = new PendingRequests();
        var key = Correlation.forRequest(new RebootRequest(PILE, ExecutionControl.IMMEDIATELY), 0x91);
        var first = pending.register(key);
        var second = pending.register(key);
        var third = pending.register(key);
        first.cancel(false); // timed out

        RebootResponse answer = new RebootResponse(PILE, SuccessFlag.SUCCESS);
        assertThat(pending.complete(answer)).isTrue();
        assertThat(second).isCompletedWithValue(answer);
        assertThat(third).isNotDone();
        assertThat(pending.complete(answer)).isTrue();
        assertThat(third).isCompletedWithValue(answer);
        assertThat(pending.complete(answer)).as("nobody left waiting: goes to the endpoint").isFalse();
    }
}
