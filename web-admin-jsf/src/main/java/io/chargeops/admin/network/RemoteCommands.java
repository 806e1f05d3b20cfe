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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Backing bean of remote operations ({@code /admin/commands.xhtml?pile=}): reboot, time sync, read a gun's real-time
 * data, push the billing model in force, set the working parameters and order a firmware update for one pile, and
 * that pile's command records (远程指令记录).
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
    private final UpdateForm updateForm = new UpdateForm();
    private boolean locked;
    private int maxOutputPercent = 100;

    /** How long the page waits for a firmware update's answer before saying it was sent. */
    static final int UPDATE_ANSWER_WAIT_SECONDS = 5;

    /** The firmware update dialog (远程升级): where the pile fetches its firmware over FTP. */
    public static class UpdateForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String serverAddress;
        private int serverPort = 21;
        private String username;
        private transient String password;
        private String filePath;
        private boolean whenIdle = true;
        private int downloadTimeoutMinutes = 10;

        PileOperations.UpdateOrder order() {
            return new PileOperations.UpdateOrder(null, trim(serverAddress), serverPort, username, password,
                    trim(filePath), whenIdle, downloadTimeoutMinutes);
        }

        private static String trim(String s) {
            return s == null ? null : s.trim();
        }

        public String getServerAddress() { return serverAddress; }
        public void setServerAddress(String serverAddress) { this.serverAddress = serverAddress; }
        public int getServerPort() { return serverPort; }
        public void setServerPort(int serverPort) { this.serverPort = serverPort; }
        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
        public String getFilePath() { return filePath; }
        public void setFilePath(String filePath) { this.filePath = filePath; }
        public boolean isWhenIdle() { return whenIdle; }
        public void setWhenIdle(boolean whenIdle) { this.whenIdle = whenIdle; }
        public int getDownloadTimeoutMinutes() { return downloadTimeoutMinutes; }
        public void setDownloadTimeoutMinutes(int minutes) { this.downloadTimeoutMinutes = minutes; }
    }

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

    /** 工作参数设置: allow or lock the pile, cap its output. */
    public void setParameters() {
        run(() -> outcome(operations.parameters(pile.pileCode(), locked, maxOutputPercent, session.actor())));
    }

    /**
     * 远程升级: a pile answers only after its download, which may take many minutes, so the page waits a few seconds
     * (enough for an offline pile or a quick refusal) and otherwise says the order is out; the command records show
     * the answer when it comes. The FTP password is forgotten once sent.
     */
    public void update() {
        run(() -> {
            PileOperations.UpdateOrder order;
            try {
                order = updateForm.order();
            } finally {
                updateForm.password = null;
            }
            Future<PileCommandOutcome> answer = operations.updateInBackground(pile.pileCode(), order, session.actor());
            try {
                return outcome(answer.get(UPDATE_ANSWER_WAIT_SECONDS, TimeUnit.SECONDS));
            } catch (TimeoutException e) {
                return Messages.text("commands.updateSent", order.downloadTimeoutMinutes());
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Messages.text("commands.updateSent", order.downloadTimeoutMinutes());
            }
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
    public UpdateForm getUpdateForm() { return updateForm; }
    public boolean isLocked() { return locked; }
    public void setLocked(boolean locked) { this.locked = locked; }
    public int getMaxOutputPercent() { return maxOutputPercent; }
    public void setMaxOutputPercent(int maxOutputPercent) { this.maxOutputPercent = maxOutputPercent; }
}
