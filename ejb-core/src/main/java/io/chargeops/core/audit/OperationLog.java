package io.chargeops.core.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The operation log (操作日志). Every service method that changes something an operator cares about calls
 * {@link #record} once, inside its own transaction (MANDATORY: an entry without the change, or a change without its
 * entry, cannot be committed): what was done, to which record, its merchant, and the record before and after (only the
 * changed fields are kept; see {@link ChangeDiff}). Who and from where come from {@link OperationCaller}. Reading is
 * data-scoped like every merchant-owned entity: a merchant account sees the entries about its merchant's records.
 */
@Stateless
public class OperationLog {

    private static final Logger LOG = Logger.getLogger(OperationLog.class.getName());

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** What the log list filters on; null fields do not filter. {@code actor} matches the start of the actor. */
    public record Filter(String actor, String recordType, String recordKey, Instant from, Instant to) {
    }

    /** One entry as screens show it, changes read back as fields. */
    public record Row(Long id, Instant occurredAt, String actor, OperationCaller.Channel channel, String remoteAddress,
                      String action, String recordType, String recordKey, Long merchantId,
                      List<ChangeDiff.FieldChange> changes) {
    }

    /**
     * Logs one change in the caller's transaction. {@code before}/{@code after} describe the record (a view record or
     * a map; null when created, deleted, or for an action without state such as a remote command).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String action, String recordType, Object recordKey, Long merchantId, Object before, Object after) {
        OperationCaller caller = OperationCaller.current();
        List<ChangeDiff.FieldChange> changes = ChangeDiff.between(before, after);
        String key = recordKey == null ? null : String.valueOf(recordKey);
        em.persist(new OperationLogEntry(caller, action, recordType, key, merchantId,
                changes.isEmpty() ? null : ChangeDiff.json(changes), Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        LOG.fine(() -> caller.channel() + " " + caller.actor() + " " + action + " " + recordType + " " + key);
    }

    /** Entries matching {@code filter}, newest first, a page at a time. */
    public List<Row> search(Filter filter, int first, int max) {
        return query(filter, "SELECT e", " ORDER BY e.occurredAt DESC, e.id DESC", OperationLogEntry.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500)))
                .getResultList().stream()
                .map(e -> new Row(e.getId(), e.getOccurredAt(), e.getActor(), e.getChannel(), e.getRemoteAddress(),
                        e.getAction(), e.getRecordType(), e.getRecordKey(), e.getMerchantId(), ChangeDiff.parse(e.getChanges())))
                .toList();
    }

    public long count(Filter filter) {
        return query(filter, "SELECT COUNT(e)", "", Long.class).getSingleResult();
    }

    /** The record types present (for the screen's filter), sorted. */
    public List<String> recordTypes() {
        return em.createQuery("SELECT DISTINCT e.recordType FROM OperationLogEntry e ORDER BY e.recordType", String.class)
                .getResultList();
    }

    private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
        Filter f = filter == null ? new Filter(null, null, null, null, null) : filter;
        StringBuilder jpql = new StringBuilder(select).append(" FROM OperationLogEntry e WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (f.actor() != null && !f.actor().isBlank()) {
            jpql.append(" AND e.actor LIKE :actor");
            parameters.put("actor", f.actor().trim() + "%");
        }
        if (f.recordType() != null && !f.recordType().isBlank()) {
            jpql.append(" AND e.recordType = :type");
            parameters.put("type", f.recordType());
        }
        if (f.recordKey() != null && !f.recordKey().isBlank()) {
            jpql.append(" AND e.recordKey = :key");
            parameters.put("key", f.recordKey().trim());
        }
        if (f.from() != null) {
            jpql.append(" AND e.occurredAt >= :from");
            parameters.put("from", f.from());
        }
        if (f.to() != null) {
            jpql.append(" AND e.occurredAt < :to");
            parameters.put("to", f.to());
        }
        TypedQuery<T> query = em.createQuery(jpql + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
