package io.chargeops.core.payment;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;
import io.chargeops.core.identity.AppUsers;
import io.chargeops.core.persistence.DataScope;
import io.chargeops.core.wallet.WalletService;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * The operator's side of refund requests (退款审核), for the console: list them, approve (the frozen amount is
 * released and paid back out of the wallet's principal: a REFUND ledger entry), reject (the frozen amount is released
 * only), and mark an approved refund as paid out (offline or by the provider). One transaction per call; the request
 * row is version-checked, so two operators deciding at once cannot both win (409 {@code refund-decided}). App users'
 * wallets are platform-wide, so only platform accounts see or decide refunds (a merchant scope gets 404).
 */
@Stateless
public class RefundAudit {

    private static final Logger LOG = Logger.getLogger(RefundAudit.class.getName());

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @jakarta.ejb.EJB
    io.chargeops.core.audit.OperationLog operationLog;

    @EJB
    WalletService wallets;

    @EJB
    AppUsers users;

    Clock clock = Clock.systemUTC();

    /** Requests in one status (null = all), newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RefundAuditRow> list(String status, int limit) {
        if (!DataScope.current().isAll()) {
            return List.of();
        }
        RefundRequest.Status wanted = status == null || status.isBlank() ? null : RefundRequest.Status.valueOf(status);
        var query = em.createQuery("SELECT r FROM RefundRequest r" + (wanted == null ? "" : " WHERE r.status = :s")
                + " ORDER BY r.id DESC", RefundRequest.class);
        if (wanted != null) {
            query.setParameter("s", wanted);
        }
        return query.setMaxResults(limit).getResultList().stream().map(this::row).toList();
    }

    /** One user's requests, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RefundAuditRow> ofUser(Long userId) {
        if (!DataScope.current().isAll()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM RefundRequest r WHERE r.userId = :u ORDER BY r.id DESC", RefundRequest.class)
                .setParameter("u", userId).getResultList().stream().map(this::row).toList();
    }

    /** Approves: releases the frozen amount and pays it back out of the wallet (ledger entry REFUND). */
    public RefundAuditRow approve(String requestNo, String operator, String note) {
        RefundAuditRow before = row(request(requestNo));
        RefundRequest request = pending(requestNo, RefundRequest.Status.APPROVED, operator, note);
        String ref = "refund:" + request.getRequestNo();
        wallets.unfreeze(request.getWalletId(), ref, ref + ":unfreeze");
        wallets.refund(request.getWalletId(), request.getAmount().setScale(2, RoundingMode.HALF_UP), "REFUND_REQUEST",
                request.getRequestNo(), ref + ":refund");
        em.flush();
        LOG.info(() -> "Refund request " + requestNo + " of " + request.getAmount() + " approved by " + operator);
        return logged("refund.approve", before, row(request));
    }

    /** Rejects: releases the frozen amount in the wallet; nothing leaves it. */
    public RefundAuditRow reject(String requestNo, String operator, String note) {
        if (note == null || note.isBlank()) {
            throw new RefusedException(Kind.UNPROCESSABLE, "reason-required", "Say why the refund is rejected");
        }
        RefundAuditRow before = row(request(requestNo));
        RefundRequest request = pending(requestNo, RefundRequest.Status.REJECTED, operator, note);
        String ref = "refund:" + request.getRequestNo();
        wallets.unfreeze(request.getWalletId(), ref, ref + ":unfreeze");
        em.flush();
        LOG.info(() -> "Refund request " + requestNo + " rejected by " + operator + ": " + note);
        return logged("refund.reject", before, row(request));
    }

    /** Marks an approved refund as paid out to the user (offline transfer, or the provider's refund). */
    public RefundAuditRow markRefunded(String requestNo, String operator, String note) {
        RefundRequest request = request(requestNo);
        if (request.getStatus() != RefundRequest.Status.APPROVED) {
            throw new RefusedException(Kind.CONFLICT, "refund-not-approved", "Refund request " + requestNo + " is "
                    + request.getStatus() + ", not APPROVED");
        }
        RefundAuditRow before = row(request);
        request.decide(RefundRequest.Status.REFUNDED, operator, clock.instant(), note);
        em.flush();
        LOG.info(() -> "Refund request " + requestNo + " marked paid out by " + operator);
        return logged("refund.paid-out", before, row(request));
    }

    /** Refunds are platform-wide (wallets are): their entries belong to no merchant. */
    private RefundAuditRow logged(String action, RefundAuditRow before, RefundAuditRow after) {
        operationLog.record(action, "refund", after.requestNo(), null, before, after);
        return after;
    }

    private RefundRequest pending(String requestNo, RefundRequest.Status decision, String operator, String note) {
        RefundRequest request = request(requestNo);
        if (request.getStatus() != RefundRequest.Status.PENDING) {
            throw new RefusedException(Kind.CONFLICT, "refund-decided", "Refund request " + requestNo + " is "
                    + request.getStatus() + " already");
        }
        request.decide(decision, operator, clock.instant(), note);
        return request;
    }

    private RefundRequest request(String requestNo) {
        if (!DataScope.current().isAll()) {
            throw unknown(requestNo);
        }
        return em.createQuery("SELECT r FROM RefundRequest r WHERE r.requestNo = :no", RefundRequest.class)
                .setParameter("no", requestNo).setLockMode(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
                .getResultStream().findFirst().orElseThrow(() -> unknown(requestNo));
    }

    private static RefusedException unknown(String requestNo) {
        return new RefusedException(Kind.NOT_FOUND, "unknown-refund", "No refund request " + requestNo);
    }

    private RefundAuditRow row(RefundRequest r) {
        return new RefundAuditRow(r.getRequestNo(), r.getUserId(), users.phoneOf(r.getUserId()).orElse(null),
                r.getWalletId(), r.getAmount().setScale(2, RoundingMode.HALF_UP), r.getStatus().name(), r.getReason(),
                r.getCreatedAt(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionNote());
    }
}
