package io.chargeops.core.tariff;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When tariff changes reach the piles. A version is activated at its effective instant by a single-action timer
 * created in the transaction that wrote it (so it exists only if that commits, and fires after the commit), and an
 * assignment's piles are sent their model by a timer due at once. Timers are not persistent: a sweep every minute
 * activates any version whose instant has passed without activation (a restart in between, a timer that fired before
 * its commit was visible); activation marks the version once, so timer and sweep never push twice.
 *
 * <p>Bean-managed concurrency: pushing to many piles takes a while and must not block the next timer.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TariffActivation {

    private static final Logger LOG = Logger.getLogger(TariffActivation.class.getName());

    /** What a timer is to do: activate a version, or push the model in force of a template to some piles. */
    record Job(Long versionId, Long templateId, ArrayList<String> pileCodes, TariffIssueTrigger trigger, String actor)
            implements Serializable {
    }

    @Resource
    TimerService timers;

    @EJB
    TariffIssues issues;

    /** Activates the version at {@code at} (at once if that has passed), once the caller's transaction commits. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void activateAt(Long versionId, Instant at) {
        Date when = Date.from(at.isAfter(Instant.now()) ? at : Instant.now().plusMillis(50));
        timers.createSingleActionTimer(when, new TimerConfig(new Job(versionId, null, null, TariffIssueTrigger.VERSION,
                "system"), false));
    }

    /** Pushes the model in force of {@code templateId} to {@code pileCodes} once the caller's transaction commits. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void issueAfterCommit(Long templateId, List<String> pileCodes, TariffIssueTrigger trigger, String actor) {
        if (pileCodes.isEmpty()) {
            return;
        }
        timers.createSingleActionTimer(50, new TimerConfig(new Job(null, templateId, new ArrayList<>(pileCodes), trigger,
                actor), false));
    }

    @Timeout
    void fire(Timer timer) {
        if (!(timer.getInfo() instanceof Job job)) {
            return;
        }
        try {
            if (job.versionId() != null) {
                issues.activate(job.versionId());
            } else {
                issues.issueToPiles(job.templateId(), job.pileCodes(), job.trigger(), job.actor());
            }
        } catch (RuntimeException e) {
            // a version left unactivated is picked up by the sweep; an assignment push can be repeated by hand
            LOG.log(Level.WARNING, "Tariff job " + job + " failed: " + e, e);
        }
    }

    @Schedule(hour = "*", minute = "*", persistent = false, info = "tariff-version-sweep")
    void sweep() {
        try {
            issues.activateDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Tariff version sweep failed: " + e, e);
        }
    }
}
