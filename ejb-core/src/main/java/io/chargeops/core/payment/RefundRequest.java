package io.chargeops.core.payment;

import io.chargeops.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A user's request to get online-recharged principal back; PENDING until an operator decides. */
@Entity
@Table(name = "refund_request")
public class RefundRequest extends AuditedEntity {

    public enum Status { PENDING, APPROVED, REJECTED, REFUNDED }

    @Id
    @SequenceGenerator(name = "seq_refund_request", sequenceName = "SEQ_REFUND_REQUEST", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_refund_request")
    private Long id;

    @Column(name = "request_no", nullable = false, length = 32, updatable = false)
    private String requestNo;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "wallet_id", nullable = false, updatable = false)
    private Long walletId;

    @Column(name = "amount", nullable = false, precision = 14, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(name = "reason", length = 200, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 200)
    private String decisionNote;

    protected RefundRequest() {
    }

    RefundRequest(String requestNo, Long userId, Long walletId, BigDecimal amount, String reason) {
        this.requestNo = requestNo;
        this.userId = userId;
        this.walletId = walletId;
        this.amount = amount;
        this.reason = reason;
        this.status = Status.PENDING;
    }

    /**
     * An operator's decision on a PENDING request: APPROVED (the money goes back to the user) or REJECTED (it is
     * released in the wallet); APPROVED → REFUNDED marks the money paid out (offline or by the provider).
     */
    void decide(Status decision, String operator, Instant at, String note) {
        boolean allowed = status == Status.PENDING ? decision == Status.APPROVED || decision == Status.REJECTED
                : status == Status.APPROVED && decision == Status.REFUNDED;
        if (!allowed) {
            throw new IllegalStateException("Refund request " + requestNo + " is " + status + ", cannot become " + decision);
        }
        status = decision;
        if (decision != Status.REFUNDED) {
            decidedBy = operator;
            decidedAt = at;
        }
        if (note != null && !note.isBlank()) {
            String trimmed = note.strip();
            decisionNote = trimmed.length() > 200 ? trimmed.substring(0, 200) : trimmed;
        }
    }

    String getRequestNo() {
        return requestNo;
    }

    Long getUserId() {
        return userId;
    }

    Long getWalletId() {
        return walletId;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getReason() {
        return reason;
    }

    Status getStatus() {
        return status;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecisionNote() {
        return decisionNote;
    }
}
