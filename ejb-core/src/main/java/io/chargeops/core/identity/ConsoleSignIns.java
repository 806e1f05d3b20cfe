package io.chargeops.core.identity;

import io.chargeops.core.messaging.DomainEventPublisher;
import io.chargeops.jms.ChargeOpsDestinations;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * The console's sign-in audit log. Attempts are published to the audit queue and written by
 * {@link ConsoleAuditListener}, so a slow or unavailable log never slows or blocks signing in.
 */
@Stateless
public class ConsoleSignIns {

    private static final Logger LOG = Logger.getLogger(ConsoleSignIns.class.getName());

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    DomainEventPublisher events;

    private final Clock clock = Clock.systemUTC();

    /** Called by the sign-in screen after the container decided; queues the attempt for the audit log. */
    public void attempted(String loginPhone, boolean succeeded, String remoteAddress, String userAgent) {
        ConsoleSignInAttempt attempt = new ConsoleSignInAttempt(loginPhone, succeeded, remoteAddress, userAgent, Instant.now(clock));
        LOG.info(() -> "Console sign-in " + (succeeded ? "accepted" : "refused") + " for " + loginPhone + " from " + remoteAddress);
        events.publish(ChargeOpsDestinations.AUDIT, attempt);
    }

    /** Writes one attempt to the audit log (from the audit queue). */
    public void record(ConsoleSignInAttempt attempt) {
        em.persist(new ConsoleSignInRecord(attempt));
    }

    /** The newest attempts for one login phone, newest first. */
    public List<ConsoleSignInAttempt> recent(String loginPhone, int limit) {
        return em.createQuery("SELECT r FROM ConsoleSignInRecord r WHERE r.loginPhone = :phone "
                        + "ORDER BY r.attemptedAt DESC, r.id DESC", ConsoleSignInRecord.class)
                .setParameter("phone", loginPhone)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(ConsoleSignInRecord::toAttempt)
                .toList();
    }
}
