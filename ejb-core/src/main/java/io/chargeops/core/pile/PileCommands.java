package io.chargeops.core.pile;

import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileGateway;
import io.chargeops.pile.api.PileGatewayFactory;
import io.chargeops.pile.api.PileOfflineException;
import io.chargeops.pile.api.PileTimeoutException;
import io.chargeops.pile.protocol.ykc.message.PileMessage;
import io.chargeops.pile.protocol.ykc.message.PlatformMessage;
import io.chargeops.pile.protocol.ykc.message.RebootRequest;
import io.chargeops.pile.protocol.ykc.message.RebootResponse;
import io.chargeops.pile.protocol.ykc.message.TimeSyncRequest;
import io.chargeops.pile.protocol.ykc.message.TimeSyncResponse;
import io.chargeops.pile.protocol.ykc.types.ExecutionControl;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Platform→pile operations, one method per command type (SteVe's "one task per operation"): each sends its frame
 * through the pile gateway, waits for the pile's answer and records both in the command log, whatever happens.
 * Runs without a transaction: nobody should hold database locks while a pile takes seconds to answer.
 *
 * <p>Callable from services only. Reboot in particular is never exposed without the console's protection; the ops
 * API and console screens of the charging-core issue call these methods behind their sign-in.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PileCommands {

    private static final Logger LOG = Logger.getLogger(PileCommands.class.getName());

    /** Actor recorded for commands the platform sends on its own (e.g. the time sync after each login). */
    public static final String SYSTEM = "system";

    @Resource(lookup = PileGateways.JNDI_NAME)
    PileGatewayFactory gateways;

    @EJB
    PileCommandLog commandLog;

    @Inject
    PileMetrics metrics;

    @Inject
    @ConfigProperty(name = "chargeops.pile.command-timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "chargeops.zone", defaultValue = "Asia/Shanghai")
    String zone;

    Clock clock = Clock.systemUTC();

    /**
     * 对时 (0x56 → 0x55): sets the pile's clock to the operator's local time, which is what its tariff periods and
     * transaction records are in.
     *
     * @return the pile's time after setting it, as it reported it
     */
    public LocalDateTime syncTime(String pileCode, String actor) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.of(zone)));
        TimeSyncResponse answer = execute(pileCode, null, "TIME_SYNC", new TimeSyncRequest(PileCode.of(pileCode), now),
                "time=" + now, TimeSyncResponse.class, r -> "pile time=" + r.time(), actor);
        return answer.time();
    }

    /**
     * The time sync the spec recommends right after a successful login, off the login's thread so the pile's next
     * frames are not held up; an offline or silent pile is recorded in the command log, nothing more.
     */
    @Asynchronous
    public void syncTimeAfterLogin(String pileCode) {
        try {
            syncTime(pileCode, SYSTEM);
        } catch (PileCommandFailedException e) {
            // already logged and recorded; the next login syncs again
        }
    }

    /**
     * 远程重启 (0x92 → 0x91).
     *
     * @return whether the pile accepted the reboot
     */
    public boolean reboot(String pileCode, ExecutionControl when, String actor) {
        RebootResponse answer = execute(pileCode, null, "REBOOT", new RebootRequest(PileCode.of(pileCode), when),
                "execution=" + when, RebootResponse.class, r -> "result=" + r.result(), actor);
        return answer.result() == SuccessFlag.SUCCESS;
    }

    /**
     * Sends {@code command}, waits for an {@code answerType} and records the exchange. Later command types (remote
     * start/stop, tariff issue, update, parameters, ground lock) go through here as well.
     */
    <R extends PileMessage> R execute(String pileCode, Integer gunNo, String commandType, PlatformMessage command,
                                      String payloadSummary, Class<R> answerType, Function<R, String> answerSummary,
                                      String actor) {
        Instant sentAt = clock.instant();
        long id = commandLog.opened(pileCode, gunNo, commandType, command.messageType().code(), payloadSummary, actor, sentAt);
        PileCommandResult result;
        String detail;
        try (PileGateway gateway = gateways.getGateway()) {
            R answer = gateway.request(PileCode.of(pileCode), command, answerType, Duration.ofSeconds(timeoutSeconds));
            String summary = answerSummary.apply(answer);
            commandLog.closed(id, PileCommandResult.ANSWERED, summary, clock.instant());
            metrics.command(commandType, PileCommandResult.ANSWERED);
            LOG.info(() -> "Pile " + pileCode + " command " + commandType + " by " + actor + " answered: " + summary);
            return answer;
        } catch (PileOfflineException e) {
            result = PileCommandResult.OFFLINE;
            detail = "Pile " + pileCode + " is offline; " + commandType + " not sent";
        } catch (PileTimeoutException e) {
            result = PileCommandResult.TIMEOUT;
            detail = e.getMessage();
        } catch (PileCommandException | RuntimeException e) {
            result = PileCommandResult.FAILED;
            detail = commandType + " to pile " + pileCode + " failed: " + e.getMessage();
        }
        commandLog.closed(id, result, detail, clock.instant());
        metrics.command(commandType, result);
        String line = detail;
        LOG.info(() -> "Pile " + pileCode + " command " + commandType + " by " + actor + " " + result + ": " + line);
        throw new PileCommandFailedException(pileCode, result, detail);
    }
}
