package io.chargeops.core.tariff;

import io.chargeops.core.RefusedException;
import io.chargeops.core.pile.PileCommandFailedException;
import io.chargeops.core.pile.PileCommands;
import io.chargeops.core.pile.PileRegistry;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Pushes billing models to piles (计费模型下发, 0x58) and records each pile's result: when a version takes effect,
 * when piles are assigned a template, and on an operator's command. A pile that is not connected is recorded OFFLINE
 * and not sent anything: at its next login it verifies its model (0x05), is told "inconsistent" because every version
 * has its own model number, and asks for the model in force (0x09).
 *
 * <p>No transaction of its own: piles take seconds to answer, and each record commits on its own
 * ({@link TariffIssueLog}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TariffIssues {

    private static final Logger LOG = Logger.getLogger(TariffIssues.class.getName());

    @EJB
    TariffIssueLog log;

    @EJB
    BillingModels billingModels;

    @EJB
    PileCommands commands;

    @EJB
    PileRegistry piles;

    Clock clock = Clock.systemUTC();

    /** Activates every version whose effective instant has passed (the minute sweep). */
    public void activateDue() {
        for (Long versionId : log.due(clock.instant())) {
            activate(versionId);
        }
    }

    /** Activates one version once: every active pile on its template is sent the model, unless a later one is in force. */
    public void activate(Long versionId) {
        Optional<TariffIssueLog.Activated> activated = log.markActivated(versionId, clock.instant());
        if (activated.isEmpty()) {
            return;
        }
        TariffIssueLog.Activated version = activated.get();
        if (!version.inForce()) {
            LOG.info(() -> "Tariff " + version.templateId() + " version " + version.versionNo()
                    + " activated but already superseded; nothing pushed");
            return;
        }
        List<String> codes = piles.activePileCodesWithTariff(version.templateId());
        LOG.info(() -> "Tariff " + version.templateId() + " version " + version.versionNo() + " in force; pushing to "
                + codes.size() + " piles");
        issueToPiles(version.templateId(), codes, TariffIssueTrigger.VERSION, PileCommands.SYSTEM);
    }

    /** Sends the model in force of {@code templateId} to each pile and records each result. */
    public List<TariffIssueView> issueToPiles(Long templateId, List<String> pileCodes, TariffIssueTrigger trigger, String actor) {
        Optional<BillingModels.InForce> model = billingModels.versionInForce(templateId, clock.instant());
        if (model.isEmpty()) {
            LOG.warning(() -> "Tariff " + templateId + " has no complete version in force; nothing pushed to " + pileCodes);
            return List.of();
        }
        List<TariffIssueView> results = new ArrayList<>();
        for (String code : pileCodes) {
            results.add(issue(model.get(), code, trigger, actor));
        }
        return results;
    }

    /**
     * An operator's push of a pile's model in force (ops command "tariff"). Refused: unknown pile (404
     * {@code unknown-pile}), pile without a tariff or whose tariff has no version in force (422 {@code no-tariff}).
     */
    public TariffIssueView issueNow(String pileCode, String actor) {
        Long templateId = piles.tariffOf(pileCode).orElseThrow(() -> new RefusedException(
                RefusedException.Kind.UNPROCESSABLE, "no-tariff", "Pile " + pileCode + " has no tariff"));
        BillingModels.InForce model = billingModels.versionInForce(templateId, clock.instant()).orElseThrow(() ->
                new RefusedException(RefusedException.Kind.UNPROCESSABLE, "no-tariff",
                        "Tariff " + templateId + " of pile " + pileCode + " has no complete version in force"));
        return issue(model, pileCode, TariffIssueTrigger.MANUAL, actor);
    }

    /** The newest push results of a template (optionally one pile's), newest first. */
    public List<TariffIssueView> recent(Long templateId, String pileCode, int limit) {
        return log.recent(templateId, pileCode, limit);
    }

    private TariffIssueView issue(BillingModels.InForce model, String pileCode, TariffIssueTrigger trigger, String actor) {
        long id = log.opened(model, pileCode, trigger, actor, clock.instant());
        if (!commands.isOnline(pileCode)) {
            LOG.info(() -> "Pile " + pileCode + " tariff " + model.templateId() + " v" + model.versionNo() + " (model "
                    + model.model().id() + ", " + trigger + " by " + actor + "): OFFLINE, gets it at its next login");
            return log.closed(id, TariffIssueResult.OFFLINE, "not connected; gets model " + model.model().id()
                    + " at its next login (0x05/0x09)", clock.instant());
        }
        TariffIssueResult result;
        String detail;
        try {
            boolean accepted = commands.issueTariff(pileCode, model.model(), actor);
            result = accepted ? TariffIssueResult.ACCEPTED : TariffIssueResult.REJECTED;
            detail = "model " + model.model().id() + (accepted ? " accepted" : " refused by the pile");
        } catch (PileCommandFailedException e) {
            result = switch (e.result()) {
                case OFFLINE -> TariffIssueResult.OFFLINE;
                case TIMEOUT -> TariffIssueResult.TIMEOUT;
                default -> TariffIssueResult.FAILED;
            };
            detail = e.getMessage();
        }
        TariffIssueView view = log.closed(id, result, detail, clock.instant());
        LOG.info(() -> "Pile " + pileCode + " tariff " + model.templateId() + " v" + model.versionNo() + " (model "
                + model.model().id() + ", " + trigger + " by " + actor + "): " + view.result());
        return view;
    }
}
