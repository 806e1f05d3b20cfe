package io.chargeops.admin.network;

import io.chargeops.admin.shell.ConsoleSession;
import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.pile.PileCommandFailedException;
import io.chargeops.core.pile.PileCommandLog;
import io.chargeops.core.pile.PileCommandOutcome;
import io.chargeops.core.pile.PileCommandView;
import io.chargeops.core.pile.PileOperations;
import io.chargeops.core.pile.PileRegistry;
import io.chargeops.core.pile.PileView;
import io.chargeops.core.tariff.TariffIssueView;
import io.chargeops.core.tariff.TariffIssues;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * Backing bean of remote operations ({@code /admin/commands.xhtml?pile=}): reboot, time sync, read a gun's real-time
 * data and push the billing model in force to one pile, and that pile's command records (远程指令记录).
 */
@Named
@ViewScoped
public class RemoteCommands implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient PileRegistry piles;

    @EJB
    transient PileOperations operations;

    @EJB
    transient PileCommandLog commandLog;

    @EJB
    transient TariffIssues tariffIssues;

    @Inject
    ConsoleSession session;

    private String pileCode;
    private PileView pile;
    private int gunNo = 1;
    private String lastOutcome;

    public void load() {
        pile = pileCode == null || pileCode.isBlank() ? null : piles.pile(pileCode.trim()).orElse(null);
    }

    public List<PileCommandView> getHistory() {
        return pile == null ? List.of() : commandLog.history(pile.pileCode(), 100);
    }

    public void reboot() {
        run(() -> outcome(operations.reboot(pile.pileCode(), false, session.actor())));
    }

    public void timeSync() {
        run(() -> outcome(operations.timeSync(pile.pileCode(), session.actor())));
    }

    public void readRealTime() {
        run(() -> outcome(operations.realTimeData(pile.pileCode(), gunNo, session.actor())));
    }

    public void issueTariff() {
        run(() -> {
            TariffIssueView issue = tariffIssues.issueNow(pile.pileCode(), session.actor());
            return "0x58 " + issue.modelNo() + " → " + issue.result() + (issue.detail() == null ? "" : " (" + issue.detail() + ")");
        });
    }

    private String outcome(PileCommandOutcome o) {
        return o.command() + " → " + (o.accepted() ? "OK" : "NO") + ": " + o.answer()
                + (o.data() == null ? "" : " · " + o.data());
    }

    private void run(Supplier<String> command) {
        if (pile == null || !session.can("commands:run")) {
            return;
        }
        try {
            lastOutcome = command.get();
            Messages.info("commands.done", lastOutcome);
        } catch (PileCommandFailedException e) {
            lastOutcome = e.getMessage();
            Messages.warn("commands.failed", e.getMessage());
        } catch (RefusedException e) {
            lastOutcome = e.getMessage();
            Messages.refused(e);
        }
        load();
    }

    public String getPileCode() { return pileCode; }
    public void setPileCode(String pileCode) { this.pileCode = pileCode; }
    public PileView getPile() { return pile; }
    public int getGunNo() { return gunNo; }
    public void setGunNo(int gunNo) { this.gunNo = gunNo; }
    public String getLastOutcome() { return lastOutcome; }
}
