package io.chargeops.core.interconnect;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The interface call log: one row per inbound /api/evcs call and per outbound push/pull call (partner, interface,
 * direction, Ret, a short note, duration, time), written in its own transaction so a call that fails is logged too and
 * a log that fails never fails the call. Never secrets, tokens, Data or decrypted personal data.
 */
@Stateless
public class CallLog {

    private static final Logger LOG = Logger.getLogger(CallLog.class.getName());

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    /** One call as the ops API and console list it; {@code ret} null when no envelope was read. */
    public record CallView(Long id, String operatorId, String interfaceName, String direction, Integer ret, String note,
                           int durationMs, Instant calledAt) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Long partnerId, String operatorId, String iface, String direction, Integer ret, String note,
                       long durationMs, Instant at) {
        try {
            em.persist(new PartnerCall(partnerId, operatorId, iface, direction, ret, note,
                    (int) Math.min(Integer.MAX_VALUE, Math.max(0, durationMs)), at));
            em.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Call log row for " + iface + " " + direction + " not written: " + e);
        }
    }

    /**
     * Retention: deletes up to {@code limit} calls made before {@code cutoff}, oldest first, in a transaction of its own
     * (the timer repeats it while a full batch went, so a big backlog never becomes one huge transaction).
     * @return how many were deleted
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purge(Instant cutoff, int limit) {
        List<Long> ids = em.createQuery("SELECT c.id FROM PartnerCall c WHERE c.calledAt < :t ORDER BY c.id", Long.class)
                .setParameter("t", cutoff).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM PartnerCall c WHERE c.id IN :ids").setParameter("ids", ids).executeUpdate();
    }

    /** A partner's calls, newest first, at most {@code limit}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CallView> of(Long partnerId, int limit) {
        return em.createQuery("SELECT c FROM PartnerCall c WHERE c.partnerId = :p ORDER BY c.calledAt DESC, c.id DESC",
                        PartnerCall.class).setParameter("p", partnerId).setMaxResults(limit).getResultStream()
                .map(c -> new CallView(c.getId(), c.getOperatorId(), c.getInterfaceName(), c.getDirection(), c.getRet(),
                        c.getNote(), c.getDurationMs(), c.getCalledAt())).toList();
    }
}
