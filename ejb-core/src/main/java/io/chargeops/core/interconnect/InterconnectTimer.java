package io.chargeops.core.interconnect;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.PostConstruct;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals seeded partner secrets at start; every 2 s follows partners' charges and delivers due pushes; every
 * 10 minutes forgets old envelopes and tokens; hourly deletes call-log rows past their retention. Non-persistent: the outbox and charges are in the database, so a
 * restart loses nothing; several nodes may tick at once (claims are optimistic).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterconnectTimer {

    private static final Logger LOG = Logger.getLogger(InterconnectTimer.class.getName());

    @EJB
    Partners partners;

    @EJB
    PartnerPushes pushes;

    @EJB
    PartnerPull pull;

    @EJB
    PulledData pulledData;

    @EJB
    CallLog callLog;

    @jakarta.inject.Inject
    InterconnectSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean sealed = new AtomicBoolean();

    @PostConstruct
    void start() {
        seal();
    }

    /** Seals seeded "plain:" secrets once the schema is there (at start, else at the first round that can). */
    private void seal() {
        try {
            partners.sealPlainSecrets();
            sealed.set(true);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Partner secrets not sealed yet (the next round retries): " + e);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "interconnect pushes")
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!sealed.get()) {
                seal();
            }
            pushes.tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Interconnect round failed; the next one retries: " + e, e);
        } finally {
            running.set(false);
        }
    }

    /** Partners with a pull interval: their stations, status and prices pulled when due (one at a time). */
    @Schedule(hour = "*", minute = "*", persistent = false, info = "interconnect pulls")
    void pulls() {
        try {
            for (String operatorId : pulledData.duePulls(java.time.Instant.now())) {
                try {
                    pull.pull(operatorId);
                } catch (RuntimeException e) {
                    LOG.log(Level.INFO, "Scheduled pull of partner " + operatorId + " failed: " + e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Scheduled pulls not run: " + e);
        }
    }

    /** Call-log retention ({@code chargeops.interconnect.call-log.retention-days}), in batches of their own. */
    @Schedule(hour = "*", minute = "23", persistent = false, info = "interconnect call-log retention")
    void purgeCallLog() {
        int days = settings.callLogRetentionDays();
        if (days == 0) {
            return;
        }
        try {
            int deleted = purgeAll(callLog, java.time.Instant.now().minus(java.time.Duration.ofDays(days)), PURGE_BATCH);
            if (deleted > 0) {
                LOG.info(() -> "Interconnect call log: " + deleted + " call(s) older than " + days + " days deleted");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Interconnect call-log purge failed; the next hour retries: " + e);
        }
    }

    static final int PURGE_BATCH = 5000;

    /** Deletes every call before {@code cutoff}, {@code batch} a transaction; returns how many. */
    static int purgeAll(CallLog log, java.time.Instant cutoff, int batch) {
        int total = 0;
        int n;
        do {
            n = log.purge(cutoff, batch);
            total += n;
        } while (n == batch);
        return total;
    }

    @Schedule(hour = "*", minute = "*/10", persistent = false, info = "interconnect purge")
    void purge() {
        try {
            pushes.purge();
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Interconnect purge failed: " + e);
        }
    }
}
