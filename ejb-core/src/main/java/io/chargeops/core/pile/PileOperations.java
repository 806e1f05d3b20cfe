package io.chargeops.core.pile;

import io.chargeops.core.RefusedException;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.types.ExecutionControl;
import io.chargeops.pile.protocol.ykc.types.LockCommand;
import io.chargeops.pile.protocol.ykc.types.UpdateStatus;
import io.chargeops.pile.protocol.ykc.types.UpgradePileModel;
import io.chargeops.pile.protocol.ykc.types.WorkPermission;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDateTime;
import java.util.concurrent.Future;

/**
 * The pile operations as the ops API and console call them, in the domain's words (no protocol types): checks that
 * the pile and gun exist, then runs the command through {@link PileCommands}, which records it in the command log.
 * Refused: unknown pile (404 {@code unknown-pile}), unknown gun (404 {@code unknown-gun}); a pile that is offline or
 * silent fails with {@link PileCommandFailedException} (recorded as OFFLINE / TIMEOUT).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PileOperations {

    /**
     * A firmware update order (0x94). The frame has fixed ASCII fields of 16/16/16/32 bytes, so anything that would not
     * fit is refused here (422 {@code invalid-update}) rather than cut short on the wire.
     */
    public record UpdateOrder(Integer powerKw, String serverAddress, int serverPort, String username, String password,
                              String filePath, boolean whenIdle, int downloadTimeoutMinutes) {

        public UpdateOrder {
            username = username == null ? "" : username;
            password = password == null ? "" : password;
            ascii("server address", serverAddress, 16, false);
            ascii("user name", username, 16, true);
            ascii("password", password, 16, true);
            ascii("file path", filePath, 32, false);
            if (serverPort < 1 || serverPort > 65535) {
                throw invalidUpdate("The FTP port must be 1..65535: " + serverPort);
            }
            if (downloadTimeoutMinutes < 1 || downloadTimeoutMinutes > 255) {
                throw invalidUpdate("The download timeout must be 1..255 minutes: " + downloadTimeoutMinutes);
            }
            if (powerKw != null && (powerKw < 0 || powerKw > 65535)) {
                throw invalidUpdate("The rated power must be 0..65535 kW: " + powerKw);
            }
        }

        /** The password stays out of every message: only whether a field is printable ASCII of the right length. */
        private static void ascii(String field, String value, int maxLength, boolean mayBeEmpty) {
            if (value == null || (!mayBeEmpty && value.isBlank())) {
                throw invalidUpdate("The " + field + " is required");
            }
            if (value.length() > maxLength || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
                throw invalidUpdate("The " + field + " must be printable ASCII of at most " + maxLength + " characters");
            }
        }

        private static RefusedException invalidUpdate(String message) {
            return new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-update", message);
        }
    }

    @EJB
    PileRegistry registry;

    @EJB
    PileCommands commands;

    /** 远程重启 0x92. */
    public PileCommandOutcome reboot(String pileCode, boolean whenIdle, String actor) {
        pile(pileCode);
        ExecutionControl when = whenIdle ? ExecutionControl.WHEN_IDLE : ExecutionControl.IMMEDIATELY;
        boolean accepted = commands.reboot(pileCode, when, actor);
        return new PileCommandOutcome(pileCode, "reboot", accepted, accepted ? "reboot accepted (" + when + ")" : "reboot refused", null);
    }

    /** 远程更新 0x94: the pile model (DC/AC) and rated power default to the registered ones. */
    public PileCommandOutcome update(String pileCode, UpdateOrder order, String actor) {
        PileView pile = pile(pileCode);
        int power = order.powerKw() != null ? order.powerKw()
                : pile.ratedPowerKw() == null ? 0 : pile.ratedPowerKw().intValue();
        UpdateStatus status = commands.update(pileCode, new PileCommands.FirmwareUpdate(
                pile.pileType() == PileType.AC ? UpgradePileModel.AC : UpgradePileModel.DC, power, order.serverAddress(),
                order.serverPort(), order.username(), order.password(), order.filePath(),
                order.whenIdle() ? ExecutionControl.WHEN_IDLE : ExecutionControl.IMMEDIATELY,
                order.downloadTimeoutMinutes()), actor);
        return new PileCommandOutcome(pileCode, "update", status == UpdateStatus.SUCCESS,
                "update " + status + " (" + status.description() + ")", status.name());
    }

    /**
     * The console's firmware update: the same command, answered at once with its future, because the pile answers
     * only after its download (up to {@code downloadTimeoutMinutes}); the command log shows the outcome when it comes.
     * The future fails with {@link RefusedException} or {@link PileCommandFailedException} (offline, timeout).
     */
    @Asynchronous
    public Future<PileCommandOutcome> updateInBackground(String pileCode, UpdateOrder order, String actor) {
        return new AsyncResult<>(update(pileCode, order, actor));
    }

    /** 工作参数设置 0x52. */
    public PileCommandOutcome parameters(String pileCode, boolean locked, int maxOutputPercent, String actor) {
        pile(pileCode);
        if (maxOutputPercent < 30 || maxOutputPercent > 100) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "invalid-parameters",
                    "Maximum output must be 30..100 %: " + maxOutputPercent);
        }
        boolean accepted = commands.workingParameters(pileCode, locked ? WorkPermission.LOCKED : WorkPermission.ALLOWED,
                maxOutputPercent, actor);
        return new PileCommandOutcome(pileCode, "parameters", accepted, (locked ? "locked" : "allowed") + ", max output "
                + maxOutputPercent + "% " + (accepted ? "accepted" : "refused"), null);
    }

    /** 对时 0x56; the data is the pile's time after setting it. */
    public PileCommandOutcome timeSync(String pileCode, String actor) {
        pile(pileCode);
        LocalDateTime time = commands.syncTime(pileCode, actor);
        return new PileCommandOutcome(pileCode, "time-sync", true, "pile time " + time, time.toString());
    }

    /** 读取实时监测数据 0x12 → 0x13. */
    public PileCommandOutcome realTimeData(String pileCode, int gunNo, String actor) {
        gun(pile(pileCode), gunNo);
        RealTimeData d = commands.readRealTimeData(pileCode, gunNo, actor);
        RealTimeView view = new RealTimeView(d.gunNo(), d.status().name(), d.plugged(), d.homed().name(), d.outputVoltage(),
                d.outputCurrent(), d.gunTemperature(), d.soc(), d.chargingMinutes(), d.remainingMinutes(), d.energy(),
                d.amount(), d.serial().digits(), d.faults().stream().map(Enum::name).sorted().toList());
        return new PileCommandOutcome(pileCode, "real-time-data", true, "gun " + gunNo + " " + d.status(), view);
    }

    /** 地锁升降 0x62. */
    public PileCommandOutcome groundLock(String pileCode, int gunNo, boolean raise, String actor) {
        gun(pile(pileCode), gunNo);
        LockCommand command = raise ? LockCommand.RAISE : LockCommand.LOWER;
        boolean accepted = commands.groundLock(pileCode, gunNo, command, actor);
        return new PileCommandOutcome(pileCode, "ground-lock", accepted, "gun " + gunNo + " lock " + command
                + (accepted ? " done" : " refused"), null);
    }

    private PileView pile(String pileCode) {
        return registry.pile(pileCode).orElseThrow(() -> new RefusedException(RefusedException.Kind.NOT_FOUND,
                "unknown-pile", "No pile " + pileCode));
    }

    private static void gun(PileView pile, int gunNo) {
        if (gunNo < 1 || gunNo > pile.gunCount()) {
            throw new RefusedException(RefusedException.Kind.NOT_FOUND, "unknown-gun",
                    "Pile " + pile.pileCode() + " has no gun " + gunNo + " (guns 1.." + pile.gunCount() + ")");
        }
    }
}
