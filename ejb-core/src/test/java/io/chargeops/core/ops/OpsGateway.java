package io.chargeops.core.ops;

import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileGateway;
import io.chargeops.pile.api.PileGatewayFactory;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.api.PileOfflineException;
import io.chargeops.pile.api.PileTimeoutException;
import io.chargeops.pile.protocol.ykc.message.BillingModelSetRequest;
import io.chargeops.pile.protocol.ykc.message.BillingModelSetResponse;
import io.chargeops.pile.protocol.ykc.message.GroundLockCommand;
import io.chargeops.pile.protocol.ykc.message.GroundLockCommandResponse;
import io.chargeops.pile.protocol.ykc.message.PileMessage;
import io.chargeops.pile.protocol.ykc.message.PlatformMessage;
import io.chargeops.pile.protocol.ykc.message.ReadRealTimeData;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.message.RebootRequest;
import io.chargeops.pile.protocol.ykc.message.RebootResponse;
import io.chargeops.pile.protocol.ykc.message.TimeSyncRequest;
import io.chargeops.pile.protocol.ykc.message.TimeSyncResponse;
import io.chargeops.pile.protocol.ykc.message.UpdateRequest;
import io.chargeops.pile.protocol.ykc.message.UpdateResponse;
import io.chargeops.pile.protocol.ykc.message.WorkingParamsRequest;
import io.chargeops.pile.protocol.ykc.message.WorkingParamsResponse;
import io.chargeops.pile.protocol.ykc.types.GunHomed;
import io.chargeops.pile.protocol.ykc.types.GunStatus;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import io.chargeops.pile.protocol.ykc.types.TransactionSerial;
import io.chargeops.pile.protocol.ykc.types.UpdateStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A pile connector in memory that answers every ops command the way a well-behaved pile does. */
final class OpsGateway implements PileGatewayFactory, PileGateway {

    final List<PlatformMessage> requests = new CopyOnWriteArrayList<>();
    final Set<String> online = ConcurrentHashMap.newKeySet();
    final Set<String> silent = ConcurrentHashMap.newKeySet();
    final Set<String> refusing = ConcurrentHashMap.newKeySet();

    @Override
    public PileGateway getGateway() {
        return this;
    }

    @Override
    public void reply(PileMessageReceived request, PlatformMessage reply) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void send(PileCode pile, PlatformMessage command) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <R extends PileMessage> R request(PileCode pile, PlatformMessage command, Class<R> answerType, Duration timeout)
            throws PileCommandException {
        if (!online.contains(pile.digits())) {
            throw new PileOfflineException(pile);
        }
        requests.add(command);
        if (silent.contains(pile.digits())) {
            throw new PileTimeoutException(pile, command.messageType().title(), timeout);
        }
        SuccessFlag flag = refusing.contains(pile.digits()) ? SuccessFlag.FAILURE : SuccessFlag.SUCCESS;
        Object answer;
        if (command instanceof BillingModelSetRequest) {
            answer = new BillingModelSetResponse(pile, flag);
        } else if (command instanceof TimeSyncRequest r) {
            answer = new TimeSyncResponse(pile, r.time());
        } else if (command instanceof RebootRequest) {
            answer = new RebootResponse(pile, flag);
        } else if (command instanceof WorkingParamsRequest) {
            answer = new WorkingParamsResponse(pile, flag);
        } else if (command instanceof GroundLockCommand g) {
            answer = new GroundLockCommandResponse(pile, g.gunNo(), flag, 0);
        } else if (command instanceof UpdateRequest) {
            answer = new UpdateResponse(pile, UpdateStatus.DOWNLOAD_TIMEOUT);
        } else if (command instanceof ReadRealTimeData r) {
            answer = new RealTimeData(TransactionSerial.of("0".repeat(32)), pile, r.gunNo(), GunStatus.IDLE,
                    GunHomed.YES, true, new BigDecimal("0.0"), new BigDecimal("0.0"), 25, "0000000000000000", 0, 25, 0, 0,
                    new BigDecimal("0.0000"), new BigDecimal("0.0000"), new BigDecimal("0.0000"), 0);
        } else {
            throw new UnsupportedOperationException(command.toString());
        }
        return answerType.cast(answer);
    }

    @Override
    public boolean isOnline(PileCode pile) {
        return online.contains(pile.digits());
    }

    @Override
    public void close() {
    }

    <T> List<T> sent(Class<T> type) {
        return requests.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
