package io.chargeops.core.pile;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Writes the command log. Each write commits on its own ({@code REQUIRES_NEW}): the SENT row must exist before the
 * frame leaves, and an outcome must be kept even when the caller's transaction rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PileCommandLog {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @jakarta.ejb.EJB
    io.chargeops.core.audit.OperationLog operationLog;

    /** Opens a SENT record; returns its id. */
    public long opened(String pileCode, Integer gunNo, String commandType, int frameType, String payloadSummary,
                       String actor, Instant sentAt) {
        Long merchantId = em.createQuery("SELECT p.merchantId FROM Pile p WHERE p.pileCode = :code", Long.class)
                .setParameter("code", pileCode)
                .getResultStream().findFirst().orElse(null);
        PileCommandRecord record = new PileCommandRecord(merchantId, pileCode, gunNo, commandType, frameType,
                payloadSummary, actor, sentAt);
        em.persist(record);
        em.flush();
        if (io.chargeops.core.audit.OperationCaller.current().channel() != io.chargeops.core.audit.OperationCaller.Channel.SYSTEM) {
            // a remote command ordered by an operator (console or ops API); timers' and drivers' commands are not
            java.util.Map<String, Object> command = new java.util.LinkedHashMap<>();
            command.put("gunNo", gunNo);
            command.put("command", commandType);
            command.put("payload", payloadSummary);
            operationLog.record("command." + commandType, "pile", pileCode, merchantId, null, command);
        }
        return record.getId();
    }

    /** Records the outcome of an open command; an already closed one is left as it is. */
    public void closed(long id, PileCommandResult result, String answerSummary, Instant at) {
        PileCommandRecord record = em.find(PileCommandRecord.class, id);
        if (record != null) {
            record.close(result, answerSummary, at);
        }
    }

    /**
     * Closes the newest still-open command of this type on this gun: for commands whose answer arrives as its own
     * event rather than to a waiting caller (remote start 0x34 → 0x33 may take the pile up to 90 s).
     */
    public void answered(String pileCode, int gunNo, String commandType, PileCommandResult result, String answerSummary,
                         Instant at) {
        em.createQuery("SELECT c FROM PileCommandRecord c WHERE c.pileCode = :code AND c.gunNo = :gun"
                        + " AND c.commandType = :type AND c.result = :sent ORDER BY c.sentAt DESC, c.id DESC",
                        PileCommandRecord.class)
                .setParameter("code", pileCode).setParameter("gun", gunNo).setParameter("type", commandType)
                .setParameter("sent", PileCommandResult.SENT)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .ifPresent(record -> record.close(result, answerSummary, at));
    }

    /** The newest commands of one pile, newest first (the console's command history). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PileCommandRecord> recent(String pileCode, int limit) {
        return em.createQuery("SELECT c FROM PileCommandRecord c WHERE c.pileCode = :code ORDER BY c.sentAt DESC, c.id DESC",
                        PileCommandRecord.class)
                .setParameter("code", pileCode)
                .setMaxResults(limit)
                .getResultList();
    }

    /** {@link #recent} as views, for callers outside the pile context. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PileCommandView> history(String pileCode, int limit) {
        return recent(pileCode, limit).stream().map(PileCommandView::of).toList();
    }
}
