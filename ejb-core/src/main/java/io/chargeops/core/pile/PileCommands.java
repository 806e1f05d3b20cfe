package io.chargeops.core.pile;

import io.chargeops.pile.api.PileCommandException;
import io.chargeops.pile.api.PileGateway;
import io.chargeops.pile.api.PileGatewayFactory;
import io.chargeops.pile.api.PileOfflineException;
import io.chargeops.pile.api.PileTimeoutException;
import io.chargeops.pile.protocol.ykc.message.BillingModel;
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
import io.chargeops.pile.protocol.ykc.types.ExecutionControl;
import io.chargeops.pile.protocol.ykc.types.LockCommand;
import io.chargeops.pile.protocol.ykc.types.PileCode;
import io.chargeops.pile.protocol.ykc.types.SuccessFlag;
import io.chargeops.pile.protocol.ykc.types.UpdateStatus;
import io.chargeops.pile.protocol.ykc.types.UpgradePileModel;
import io.chargeops.pile.protocol.ykc.types.WorkPermission;
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
    LivePiles live;

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
     * 远程更新 (0x94 → 0x93): tells the pile to fetch firmware from an FTP server. The pile answers after its attempt,
     * which may take up to the download timeout, so this waits that long (plus the usual command timeout).
     *
     * @return the pile's outcome (SUCCESS, WRONG_ID, MODEL_MISMATCH or DOWNLOAD_TIMEOUT)
     */
    public UpdateStatus update(String pileCode, FirmwareUpdate update, String actor) {
        UpdateRequest request = new UpdateRequest(PileCode.of(pileCode), update.pileModel(), update.powerKw(),
                update.serverAddress(), update.serverPort(), update.username(), update.password(), update.filePath(),
                update.execution(), update.downloadTimeoutMinutes());
        // the FTP password stays out of the command log
        String summary = "model=" + update.pileModel() + " power=" + update.powerKw() + "kW server=" + update.serverAddress()
                + ":" + update.serverPort() + " user=" + update.username() + " file=" + update.filePath() + " execution="
                + update.execution() + " download-timeout=" + update.downloadTimeoutMinutes() + "min";
        UpdateResponse answer = execute(pileCode, null, "UPDATE", request, summary, UpdateResponse.class,
                r -> "status=" + r.status(), actor, Duration.ofSeconds(timeoutSeconds + 60L * update.downloadTimeoutMinutes()));
        return answer.status();
    }

    /** What a firmware update (0x94) needs; the FTP fields are ASCII, at most 16/16/16/32 characters. */
    public record FirmwareUpdate(UpgradePileModel pileModel, int powerKw, String serverAddress, int serverPort,
                                 String username, String password, String filePath, ExecutionControl execution,
                                 int downloadTimeoutMinutes) {
    }

    /**
     * 工作参数设置 (0x52 → 0x51): allow or lock the pile and cap its output power at {@code maxOutputPercent} (30..100).
     *
     * @return whether the pile accepted
     */
    public boolean workingParameters(String pileCode, WorkPermission permission, int maxOutputPercent, String actor) {
        if (maxOutputPercent < 30 || maxOutputPercent > 100) {
            throw new IllegalArgumentException("Maximum output must be 30..100 %: " + maxOutputPercent);
        }
        WorkingParamsResponse answer = execute(pileCode, null, "WORKING_PARAMETERS",
                new WorkingParamsRequest(PileCode.of(pileCode), permission, maxOutputPercent),
                "permission=" + permission + " max-output=" + maxOutputPercent + "%", WorkingParamsResponse.class,
                r -> "result=" + r.result(), actor);
        return answer.result() == SuccessFlag.SUCCESS;
    }

    /** 读取实时监测数据 (0x12 → 0x13): the gun's data right now. */
    public RealTimeData readRealTimeData(String pileCode, int gunNo, String actor) {
        return execute(pileCode, gunNo, "READ_REAL_TIME_DATA", new ReadRealTimeData(PileCode.of(pileCode), gunNo),
                "gun=" + gunNo, RealTimeData.class,
                r -> "status=" + r.status() + " plugged=" + r.plugged() + " voltage=" + r.outputVoltage() + "V current="
                        + r.outputCurrent() + "A soc=" + r.soc() + "% energy=" + r.energy() + "kWh amount=" + r.amount(),
                actor);
    }

    /**
     * 地锁升降 (0x62 → 0x63) for the parking lock in front of gun {@code gunNo}.
     *
     * @return whether the pile carried it out
     */
    public boolean groundLock(String pileCode, int gunNo, LockCommand command, String actor) {
        GroundLockCommandResponse answer = execute(pileCode, gunNo, "GROUND_LOCK",
                new GroundLockCommand(PileCode.of(pileCode), gunNo, command, 0), "command=" + command,
                GroundLockCommandResponse.class, r -> "result=" + r.result(), actor);
        return answer.result() == SuccessFlag.SUCCESS;
    }

    /**
     * 计费模型设置 (0x58 → 0x57): pushes a billing model; the tariff context decides which and records the result per
     * pile.
     *
     * @return whether the pile accepted the model
     */
    public boolean issueTariff(String pileCode, BillingModel model, String actor) {
        BillingModelSetResponse answer = execute(pileCode, null, "TARIFF", new BillingModelSetRequest(PileCode.of(pileCode), model),
                "model=" + model.id() + " sharp=" + model.sharp().electricity() + "+" + model.sharp().service() + " peak="
                        + model.peak().electricity() + "+" + model.peak().service() + " flat=" + model.flat().electricity()
                        + "+" + model.flat().service() + " valley=" + model.valley().electricity() + "+"
                        + model.valley().service(),
                BillingModelSetResponse.class, r -> "result=" + r.result(), actor);
        boolean accepted = answer.result() == SuccessFlag.SUCCESS;
        if (accepted) {
            live.billingModel(pileCode, new BillingModelCheck(model.id().digits(), model.id().digits(), true, clock.instant()));
        }
        return accepted;
    }

    /** Whether the pile has a live session on this node, i.e. whether a command would be sent at all. */
    public boolean isOnline(String pileCode) {
        try (PileGateway gateway = gateways.getGateway()) {
            return gateway.isOnline(PileCode.of(pileCode));
        } catch (PileCommandException | RuntimeException e) {
            return false;
        }
    }

    <R extends PileMessage> R execute(String pileCode, Integer gunNo, String commandType, PlatformMessage command,
                                      String payloadSummary, Class<R> answerType, Function<R, String> answerSummary,
                                      String actor) {
        return execute(pileCode, gunNo, commandType, command, payloadSummary, answerType, answerSummary, actor,
                Duration.ofSeconds(timeoutSeconds));
    }

    /**
     * Sends {@code command}, waits up to {@code timeout} for an {@code answerType} and records the exchange. Every
     * command type (remote start/stop included) goes through here.
     */
    <R extends PileMessage> R execute(String pileCode, Integer gunNo, String commandType, PlatformMessage command,
                                      String payloadSummary, Class<R> answerType, Function<R, String> answerSummary,
                                      String actor, Duration timeout) {
        Instant sentAt = clock.instant();
        long id = commandLog.opened(pileCode, gunNo, commandType, command.messageType().code(), payloadSummary, actor, sentAt);
        PileCommandResult result;
        String detail;
        try (PileGateway gateway = gateways.getGateway()) {
            R answer = gateway.request(PileCode.of(pileCode), command, answerType, timeout);
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
