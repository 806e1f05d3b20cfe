package io.chargeops.core.interconnect;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The charges partners started and the push outbox; one transaction per call. */
@Stateless
public class PartnerCharges {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @jakarta.ejb.EJB
    io.chargeops.core.audit.OperationLog operationLog;

    public record ChargeRef(Long id, Long partnerId, String startChargeSeq, String orderNo, String connectorId,
                            PartnerCharge.Stage stage, boolean stopRequested, Instant nextStatusAt) {
        static ChargeRef of(PartnerCharge c) {
            return new ChargeRef(c.getId(), c.getPartnerId(), c.getStartChargeSeq(), c.getOrderNo(), c.getConnectorId(),
                    c.getStage(), c.isStopRequested(), c.getNextStatusAt());
        }
    }

    public Optional<ChargeRef> bySeq(Long partnerId, String startChargeSeq) {
        return em.createQuery("SELECT c FROM PartnerCharge c WHERE c.partnerId = :p AND c.startChargeSeq = :s", PartnerCharge.class)
                .setParameter("p", partnerId).setParameter("s", startChargeSeq).getResultStream().findFirst().map(ChargeRef::of);
    }

    public Optional<ChargeRef> byOrder(String orderNo) {
        return em.createQuery("SELECT c FROM PartnerCharge c WHERE c.orderNo = :o", PartnerCharge.class)
                .setParameter("o", orderNo).getResultStream().findFirst().map(ChargeRef::of);
    }

    public ChargeRef record(Long partnerId, String startChargeSeq, String orderNo, String connectorId, Instant at) {
        PartnerCharge c = new PartnerCharge(partnerId, startChargeSeq, orderNo, connectorId, at);
        em.persist(c);
        em.flush();
        return ChargeRef.of(c);
    }

    public void stopRequested(Long id, Instant at) {
        PartnerCharge c = em.find(PartnerCharge.class, id);
        if (c != null) {
            c.stopRequested(at);
        }
    }

    /** Charges whose start or stop result is still to be pushed, or that are charging (status pushes). */
    public List<ChargeRef> inProgress(int limit) {
        return em.createQuery("SELECT c FROM PartnerCharge c WHERE c.stage IN :s ORDER BY c.id", PartnerCharge.class)
                .setParameter("s", List.of(PartnerCharge.Stage.NEW, PartnerCharge.Stage.STARTED)).setMaxResults(limit)
                .getResultStream().map(ChargeRef::of).toList();
    }

    /**
     * Moves a charge to {@code stage} and queues {@code push} with it, in one transaction: a push exists exactly
     * when the stage says it was queued. False when another node moved it first (nothing queued here then).
     */
    public boolean advance(Long chargeId, PartnerCharge.Stage from, PartnerCharge.Stage to, Instant nextStatusAt,
                           NewPush push, Instant at) {
        PartnerCharge c = em.find(PartnerCharge.class, chargeId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (c == null || c.getStage() != from) {
            return false;
        }
        c.stage(to, at);
        c.nextStatusAt(nextStatusAt);
        if (push != null) {
            enqueue(push, at);
        }
        return true;
    }

    /** A status push while charging: the next one is due {@code next}. */
    public void statusPushed(Long chargeId, Instant next, NewPush push, Instant at) {
        PartnerCharge c = em.find(PartnerCharge.class, chargeId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (c == null) {
            return;
        }
        c.nextStatusAt(next);
        enqueue(push, at);
    }

    public record NewPush(Long partnerId, String interfaceName, String businessKey, String payload) {
    }

    /** Queues a push once per (partner, interface, business key); true when it was new. */
    public boolean enqueue(NewPush p, Instant at) {
        Long exists = em.createQuery("SELECT COUNT(x) FROM PartnerPush x WHERE x.partnerId = :p AND x.interfaceName = :i"
                        + " AND x.businessKey = :k", Long.class).setParameter("p", p.partnerId())
                .setParameter("i", p.interfaceName()).setParameter("k", p.businessKey()).getSingleResult();
        if (exists > 0) {
            return false;
        }
        em.persist(new PartnerPush(p.partnerId(), p.interfaceName(), p.businessKey(), p.payload(), at));
        return true;
    }

    /** The order info of a settled partner order: queued once, and the charge is DONE. */
    public boolean orderSettled(String orderNo, NewPush push, Instant at) {
        PartnerCharge c = em.createQuery("SELECT c FROM PartnerCharge c WHERE c.orderNo = :o", PartnerCharge.class)
                .setParameter("o", orderNo).getResultStream().findFirst().orElse(null);
        if (c == null) {
            return false;
        }
        c.stage(PartnerCharge.Stage.DONE, at);
        return push == null || enqueue(push, at);
    }

    // ---- outbox ---------------------------------------------------------------------------------------------------

    public record PushView(Long id, Long partnerId, String interfaceName, String businessKey, String payload,
                           String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                           Instant deliveredAt) {
        static PushView of(PartnerPush p) {
            return new PushView(p.getId(), p.getPartnerId(), p.getInterfaceName(), p.getBusinessKey(), p.getPayload(),
                    p.getStatus().name(), p.getAttempts(), p.getNextAttemptAt(), p.getLastError(), p.getCreatedAt(),
                    p.getDeliveredAt());
        }
    }

    public List<Long> due(Instant now, int limit) {
        return em.createQuery("SELECT x.id FROM PartnerPush x WHERE x.status = :s AND x.nextAttemptAt <= :n ORDER BY x.nextAttemptAt, x.id",
                        Long.class).setParameter("s", PartnerPush.Status.PENDING).setParameter("n", now)
                .setMaxResults(limit).getResultList();
    }

    /** Takes a due push for one attempt (optimistic: one node wins), or empty when it is no longer due. */
    public Optional<PushView> claim(Long id, Instant now, Instant until) {
        PartnerPush p = em.find(PartnerPush.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (p == null || p.getStatus() != PartnerPush.Status.PENDING || p.getNextAttemptAt().isAfter(now)) {
            return Optional.empty();
        }
        p.claim(until);
        return Optional.of(PushView.of(p));
    }

    public void delivered(Long id, String note, Instant at) {
        PartnerPush p = em.find(PartnerPush.class, id);
        if (p != null) {
            p.delivered(at, note);
        }
    }

    public void failed(Long id, String error, Instant next, int maxAttempts) {
        PartnerPush p = em.find(PartnerPush.class, id);
        if (p != null && p.getStatus() == PartnerPush.Status.PENDING) {
            p.failedAttempt(error, next, maxAttempts > 0 && p.getAttempts() >= maxAttempts);
        }
    }

    public List<PushView> pushes(Long partnerId, String status, int limit) {
        PartnerPush.Status st = status == null ? null : PartnerPush.Status.valueOf(status);
        return em.createQuery("SELECT x FROM PartnerPush x WHERE x.partnerId = :p"
                        + " ORDER BY x.id DESC", PartnerPush.class).setParameter("p", partnerId)
                .setMaxResults(limit).getResultStream().filter(x -> st == null || x.getStatus() == st)
                .map(PushView::of).toList();
    }

    public Optional<PushView> retryNow(Long partnerId, Long pushId, Instant at) {
        PartnerPush p = em.find(PartnerPush.class, pushId);
        if (p == null || !p.getPartnerId().equals(partnerId) || p.getStatus() == PartnerPush.Status.DELIVERED) {
            return Optional.empty();
        }
        p.retryNow(at);
        operationLog.record("partner.push-retry", "partner-push", p.getId(), null, null,
                java.util.Map.of("interface", p.getInterfaceName(), "businessKey", String.valueOf(p.getBusinessKey())));
        return Optional.of(PushView.of(p));
    }
}
