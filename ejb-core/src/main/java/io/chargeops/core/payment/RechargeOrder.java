package io.chargeops.core.payment;

import io.chargeops.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A wallet recharge through a payment provider: CREATED, then PAID once (or CLOSED unpaid). */
@Entity
@Table(name = "recharge_order")
public class RechargeOrder extends AuditedEntity {

    public enum Status { CREATED, PAID, CLOSED }

    @Id
    @SequenceGenerator(name = "seq_recharge_order", sequenceName = "SEQ_RECHARGE_ORDER", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_recharge_order")
    private Long id;

    @Column(name = "order_no", nullable = false, length = 32, updatable = false)
    private String orderNo;

    @Column(name = "payer_user_id", nullable = false, updatable = false)
    private Long payerUserId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "wallet_id", nullable = false, updatable = false)
    private Long walletId;

    @Column(name = "amount", nullable = false, precision = 14, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(name = "provider", nullable = false, length = 16, updatable = false)
    private String provider;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "provider_txn_id", length = 64)
    private String providerTxnId;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "callbacks", nullable = false)
    private int callbacks;

    protected RechargeOrder() {
    }

    RechargeOrder(String orderNo, Long payerUserId, Long userId, Long walletId, BigDecimal amount, String provider) {
        this.orderNo = orderNo;
        this.payerUserId = payerUserId;
        this.userId = userId;
        this.walletId = walletId;
        this.amount = amount;
        this.provider = provider;
        this.status = Status.CREATED;
    }

    /** @return whether this call paid it (false: it was already paid, a replayed callback) */
    boolean paid(String txnId, Instant at) {
        callbacks++;
        if (status == Status.PAID) {
            return false;
        }
        status = Status.PAID;
        providerTxnId = txnId;
        paidAt = at;
        return true;
    }

    Long getId() {
        return id;
    }

    String getOrderNo() {
        return orderNo;
    }

    Long getPayerUserId() {
        return payerUserId;
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

    String getProvider() {
        return provider;
    }

    Status getStatus() {
        return status;
    }

    String getProviderTxnId() {
        return providerTxnId;
    }

    Instant getPaidAt() {
        return paidAt;
    }

    int getCallbacks() {
        return callbacks;
    }
}
