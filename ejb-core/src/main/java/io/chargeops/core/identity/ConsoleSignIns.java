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

    /** Writes one attempt to the audit log (from the audit queue), under the account's merchant when it has one. */
    public void record(ConsoleSignInAttempt attempt) {
        Long merchantId = em.createQuery("SELECT u.merchantId FROM ConsoleUser u WHERE u.loginPhone = :phone", Long.class)
                .setParameter("phone", attempt.loginPhone()).getResultStream().filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        em.persist(new ConsoleSignInRecord(attempt, merchantId));
    }

    /** What the sign-in log list filters on; null fields do not filter. {@code phone} matches the start. */
    public record Filter(String phone, Boolean succeeded, Instant from, Instant to) {
    }

    /**
     * Attempts matching {@code filter}, newest first, a page at a time. Data-scoped: a merchant account sees its own
     * merchant's accounts' attempts only (attempts with unknown phones belong to no merchant: platform only).
     */
    public List<ConsoleSignInAttempt> search(Filter filter, int first, int max) {
        return query(filter, "SELECT r", " ORDER BY r.attemptedAt DESC, r.id DESC", ConsoleSignInRecord.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList().stream().map(ConsoleSignInRecord::toAttempt).toList();
    }

    public long count(Filter filter) {
        return query(filter, "SELECT COUNT(r)", "", Long.class).getSingleResult();
    }

    private <T> jakarta.persistence.TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
        Filter f = filter == null ? new Filter(null, null, null, null) : filter;
        StringBuilder jpql = new StringBuilder(select).append(" FROM ConsoleSignInRecord r WHERE 1 = 1");
        java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        if (f.phone() != null && !f.phone().isBlank()) {
            jpql.append(" AND r.loginPhone LIKE :phone");
            parameters.put("phone", f.phone().trim() + "%");
        }
        if (f.succeeded() != null) {
            jpql.append(" AND r.succeeded = :ok");
            parameters.put("ok", f.succeeded());
        }
        if (f.from() != null) {
            jpql.append(" AND r.attemptedAt >= :from");
            parameters.put("from", f.from());
        }
        if (f.to() != null) {
            jpql.append(" AND r.attemptedAt < :to");
            parameters.put("to", f.to());
        }
        jakarta.persistence.TypedQuery<T> query = em.createQuery(jpql + order, type);
        parameters.forEach(query::setParameter);
        return query;
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
