package io.chargeops.core.charging;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds, the orders whose deadline passed (YKC §13.3: start answered within 90 s, record within 30 s of
 * the end of charge) are failed or listed as abnormal. Non-persistent timer: after a restart the next tick finds
 * the overdue orders in the database, so nothing depends on timers surviving. Several nodes may sweep at once;
 * each order changes in its own optimistic transaction, so only one of them wins.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChargingDeadlines {

    private static final Logger LOG = Logger.getLogger(ChargingDeadlines.class.getName());

    @EJB
    ChargingService charging;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "charging order deadlines")
    void sweep() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous sweep is still busy
        }
        try {
            int handled = charging.expireOverdue();
            if (handled > 0) {
                LOG.fine(() -> handled + " overdue charging order(s) handled");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Charging order deadline sweep failed; the next one retries: " + e, e);
        } finally {
            running.set(false);
        }
    }
}
