package io.chargeops.core.pile;

import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileGateway;
import io.chargeops.pile.api.PileGatewayFactory;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.api.PileOfflineException;
import io.chargeops.pile.api.PileTimeoutException;
import io.chargeops.pile.protocol.ykc.message.PileMessage;
import io.chargeops.pile.protocol.ykc.message.PlatformMessage;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** The connector as the services see it, in memory: records replies and commands, answers what a test scripts. */
final class FakeGateway implements PileGatewayFactory, PileGateway {

    record Reply(PileMessageReceived request, PlatformMessage reply) {
    }

    final List<Reply> replies = new CopyOnWriteArrayList<>();
    final List<PlatformMessage> requests = new CopyOnWriteArrayList<>();
    final Set<String> online = ConcurrentHashMap.newKeySet();
    final Set<String> silent = ConcurrentHashMap.newKeySet();
    final Map<Class<?>, Function<PlatformMessage, PileMessage>> answers = new ConcurrentHashMap<>();

    @Override
    public PileGateway getGateway() {
        return this;
    }

    @Override
    public void reply(PileMessageReceived request, PlatformMessage reply) {
        replies.add(new Reply(request, reply));
    }

    @Override
    public void send(PileCode pile, PlatformMessage command) throws PileCommandException {
        if (!online.contains(pile.digits())) {
            throw new PileOfflineException(pile);
        }
        requests.add(command);
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
        return answerType.cast(answers.get(answerType).apply(command));
    }

    @Override
    public boolean isOnline(PileCode pile) {
        return online.contains(pile.digits());
    }

    @Override
    public void close() {
        // nothing to release
    }

    PlatformMessage lastReply() {
        return replies.get(replies.size() - 1).reply();
    }
}
