package io.chargeops.pile.ra.session;

import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileDisconnected.Reason;
import io.chargeops.pile.api.PileMessageReceived;
import io.chargeops.pile.api.PileOfflineException;
import io.chargeops.pile.api.PileTimeoutException;
import io.chargeops.pile.protocol.ykc.YkcPacket;
import io.chargeops.pile.protocol.ykc.message.LoginResponse;
import io.chargeops.pile.protocol.ykc.message.MessageType;
import io.chargeops.pile.protocol.ykc.message.PileMessage;
import io.chargeops.pile.protocol.ykc.message.PlatformMessage;
import io.chargeops.pile.protocol.ykc.message.YkcMessage;
import io.chargeops.pile.protocol.ykc.types.LoginResult;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The operations behind {@link io.chargeops.pile.api.PileGateway}, free of JCA plumbing. Callers are container
 * threads: they wait for their write to complete (so an encoding error or a dead socket surfaces as an exception) and,
 * for {@link #request}, for the answer; neither wait ever happens on a Netty IO thread.
 */
public final class SessionGateway {

    /** How long a caller waits for a frame to reach the socket before reporting a write failure. */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    private final PileServer server;

    SessionGateway(PileServer server) {
        this.server = server;
    }

    public void reply(PileMessageReceived request, PlatformMessage reply) throws PileCommandException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(reply, "reply");
        PileConnection c = server.registry().connection(request.connectionId());
        if (c == null || !c.channel.isActive()) {
            if (request.pileCode() != null) {
                throw new PileOfflineException(request.pileCode());
            }
            throw new PileCommandException("Connection " + request.connectionId() + " is closed; cannot answer it");
        }
        YkcPacket packet = YkcPacket.replyTo(request.packet(), reply);
        if (reply instanceof LoginResponse login) {
            if (login.result() == LoginResult.SUCCESS) {
                // bound before the answer leaves, so the pile's first heartbeat already finds its session
                server.bind(c, login.pileCode());
            } else {
                server.counters().loginsRefused.increment();
                c.closingFor(Reason.LOGIN_REFUSED);
                ChannelFuture written = c.channel.writeAndFlush(packet);
                written.addListener(ChannelFutureListener.CLOSE); // close only once the refusal is on the wire
                awaitWrite(c, written, reply);
                return;
            }
        }
        awaitWrite(c, c.channel.writeAndFlush(packet), reply);
    }

    public void send(PileCode pile, PlatformMessage command) throws PileCommandException {
        PileConnection c = session(pile);
        awaitWrite(c, c.channel.writeAndFlush(new YkcPacket(c.nextSequence(), c.encrypted, command)), command);
    }

    public <R extends PileMessage> R request(PileCode pile, PlatformMessage command, Class<R> answerType,
            Duration timeout) throws PileCommandException {
        Objects.requireNonNull(command, "command");
        Duration wait = timeout == null || timeout.isZero() || timeout.isNegative()
                ? server.settings().requestTimeout() : timeout;
        MessageType<?> answer = server.codec().registry().forClass(answerType).orElseThrow(
                () -> new IllegalArgumentException("not a YKC message type: " + answerType));
        Correlation.Key key = Correlation.forRequest(command, answer.code());
        PileConnection c = session(pile);
        server.counters().requests.increment();
        CompletableFuture<YkcMessage> future = c.pending.register(key);
        try {
            awaitWrite(c, c.channel.writeAndFlush(new YkcPacket(c.nextSequence(), c.encrypted, command)), command);
        } catch (PileCommandException e) {
            future.cancel(false);
            c.pending.remove(key, future);
            throw e;
        }
        try {
            return answerType.cast(future.get(wait.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            if (future.cancel(false)) {
                // cancelled before an answer came: any answer from now on is late and goes to the endpoint
                c.pending.remove(key, future);
                server.counters().requestTimeouts.increment();
                throw new PileTimeoutException(pile, describe(command), wait);
            }
            return answerType.cast(future.getNow(null)); // answered in the same instant the wait ran out
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PileCommandException pce) {
                throw pce;
            }
            throw new PileCommandException("Pile " + pile + ": " + describe(command) + " failed: " + e.getCause(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(false);
            c.pending.remove(key, future);
            throw new PileCommandException("Interrupted waiting for pile " + pile + " to answer " + describe(command));
        }
    }

    public boolean isOnline(PileCode pile) {
        return pile != null && server.registry().isOnline(pile);
    }

    private PileConnection session(PileCode pile) throws PileOfflineException {
        Objects.requireNonNull(pile, "pile");
        PileConnection c = server.registry().session(pile);
        if (c == null) {
            throw new PileOfflineException(pile);
        }
        return c;
    }

    private static void awaitWrite(PileConnection c, ChannelFuture written, YkcMessage message)
            throws PileCommandException {
        if (c.channel.eventLoop().inEventLoop()) {
            return; // never block an IO thread; a failure still shows in the future (and closes nothing else)
        }
        try {
            if (!written.await(WRITE_TIMEOUT.toMillis())) {
                throw new PileCommandException("Pile " + c.knownPile() + ": writing " + describe(message)
                        + " did not complete within " + WRITE_TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PileCommandException("Interrupted writing " + describe(message) + " to pile " + c.knownPile());
        }
        if (!written.isSuccess()) {
            Throwable cause = written.cause();
            if (cause instanceof java.nio.channels.ClosedChannelException && c.knownPile() != null) {
                throw new PileOfflineException(c.knownPile());
            }
            throw new PileCommandException("Pile " + c.knownPile() + ": cannot write " + describe(message) + ": "
                    + cause, cause);
        }
    }

    static String describe(YkcMessage message) {
        return String.format("0x%02X %s", message.messageType().code(), message.getClass().getSimpleName());
    }
}
