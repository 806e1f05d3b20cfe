package io.chargeops.pile.api;

import io.chargeops.pile.protocol.ykc.message.PileMessage;
import io.chargeops.pile.protocol.ykc.message.PlatformMessage;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import java.time.Duration;

/** How the application talks to piles. Every method returns without waiting on a Netty IO thread. */
public interface PileGateway extends AutoCloseable {

    /**
     * Answers a frame on the connection it came in on, with its sequence number. A successful login answer (0x02,
     * result 0x00) makes that connection the pile's session, closing an older connection of the same pile; a refused
     * one closes the connection after the answer is written.
     */
    void reply(PileMessageReceived request, PlatformMessage reply) throws PileCommandException;

    /** Sends a command to the pile's current session without waiting for an answer (it arrives as an event). */
    void send(PileCode pile, PlatformMessage command) throws PileCommandException;

    /**
     * Sends a command and waits for the pile's answer, matched by pile, answer type and the gun or transaction serial
     * the protocol carries.
     *
     * @throws PileOfflineException   no live session for the pile
     * @throws PileTimeoutException   no answer within {@code timeout}; a late answer is delivered as an event
     */
    <R extends PileMessage> R request(PileCode pile, PlatformMessage command, Class<R> answerType, Duration timeout)
            throws PileCommandException;

    /** Whether the pile has a live, logged-in session on this node. */
    boolean isOnline(PileCode pile);

    @Override
    void close();
}
