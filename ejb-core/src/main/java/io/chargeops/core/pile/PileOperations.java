package io.chargeops.core.pile;

import io.chargeops.core.RefusedException;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.types.ExecutionControl;
import io.chargeops.pile.protocol.ykc.types.LockCommand;
import io.chargeops.pile.protocol.ykc.types.UpdateStatus;
import io.chargeops.pile.protocol.ykc.types.UpgradePileModel;
import io.chargeops.pile.protocol.ykc.types.WorkPermission;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDateTime;

/**
 * The pile operations as the ops API and console call them, in the domain's words (no protocol types): checks that
 * the pile and gun exist, then runs the command through {@link PileCommands}, which records it in the command log.
 * Refused: unknown pile (404 {@code unknown-pile}), unknown gun (404 {@code unknown-gun}); a pile that is offline or
 * silent fails with {@link PileCommandFailedException} (recorded as OFFLINE / TIMEOUT).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PileOperations {

    /** A firmware update order (0x94); FTP fields are ASCII of at most 16/16/16/32 characters. */
    public record UpdateOrder(Integer powerKw, String serverAddress, int serverPort, String username, String password,
                              String filePath, boolean whenIdle, int downloadTimeoutMinutes) {
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
