package io.chargeops.core.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Append-only record of one wallet change; never updated, never deleted. {@code amount} is the signed change
 * of the total balance (principal + gift), {@code giftAmount} its gift part, {@code frozenAmount} the signed
 * change of the frozen amount; {@code *After} are the wallet's values after the change. Over all entries of a
 * wallet: balance = Σ amount, gift = Σ giftAmount, frozen = Σ frozenAmount.
 */
@Entity
@Table(name = "wallet_ledger_entry")
public class WalletLedgerEntry {

    @Id
    @SequenceGenerator(name = "seq_wallet_ledger_entry", sequenceName = "SEQ_WALLET_LEDGER_ENTRY", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_wallet_ledger_entry")
    private Long id;

    /** By id, not a relationship: wallets must not load their (unbounded) history. */
    @Column(name = "wallet_id", nullable = false, updatable = false)
    private Long walletId;

    @Column(name = "merchant_id", updatable = false)
    private Long merchantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, length = 16, updatable = false)
    private LedgerEntryType entryType;

    @Column(name = "amount", nullable = false, precision = 14, scale = 4, updatable = false)
    private BigDecimal amount;

    @Column(name = "balance_after", nullable = false, precision = 14, scale = 4, updatable = false)
    private BigDecimal balanceAfter;

    /** What caused it, e.g. ("CHARGING_ORDER", order number) or ("RECHARGE", payment id). */
    @Column(name = "ref_type", length = 32, updatable = false)
    private String refType;

    @Column(name = "ref_id", length = 64, updatable = false)
    private String refId;

    @Column(name = "remark", length = 200, updatable = false)
    private String remark;

    /** Gift part of {@code amount} (signed). */
    @Column(name = "gift_amount", nullable = false, precision = 14, scale = 4, updatable = false)
    private BigDecimal giftAmount;

    /** Signed change of the frozen amount. */
    @Column(name = "frozen_amount", nullable = false, precision = 14, scale = 4, updatable = false)
    private BigDecimal frozenAmount;

    @Column(name = "gift_after", nullable = false, precision = 14, scale = 4, updatable = false)
    private BigDecimal giftAfter;

    @Column(name = "frozen_after", nullable = false, precision = 14, scale = 4, updatable = false)
    private BigDecimal frozenAfter;

    /** Unique: a repeat of the same operation finds this entry and changes nothing. */
    @Column(name = "idempotency_key", length = 96, updatable = false)
    private String idempotencyKey;

    /** The console user who made a manual adjustment. */
    @Column(name = "adjusted_by", length = 64, updatable = false)
    private String adjustedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected WalletLedgerEntry() {
        // for JPA
    }

    WalletLedgerEntry(Long walletId, Long merchantId, LedgerEntryType entryType, BigDecimal amount,
                      BigDecimal giftAmount, BigDecimal frozenAmount, BigDecimal balanceAfter, BigDecimal giftAfter,
                      BigDecimal frozenAfter, String refType, String refId, String remark, String idempotencyKey,
                      String adjustedBy) {
        this.walletId = Objects.requireNonNull(walletId);
        this.merchantId = merchantId;
        this.entryType = Objects.requireNonNull(entryType);
        this.amount = amount;
        this.giftAmount = giftAmount;
        this.frozenAmount = frozenAmount;
        this.balanceAfter = balanceAfter;
        this.giftAfter = giftAfter;
        this.frozenAfter = frozenAfter;
        this.refType = refType;
        this.refId = refId;
        this.remark = truncate(remark, 200);
        this.idempotencyKey = idempotencyKey;
        this.adjustedBy = adjustedBy;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @PrePersist
    void beforeInsert() {
        if (createdAt == null) {
            createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getWalletId() {
        return walletId;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public LedgerEntryType getEntryType() {
        return entryType;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getBalanceAfter() {
        return balanceAfter;
    }

    public String getRefType() {
        return refType;
    }

    public String getRefId() {
        return refId;
    }

    public String getRemark() {
        return remark;
    }

    public BigDecimal getGiftAmount() {
        return giftAmount;
    }

    /** Signed change of the principal: amount − giftAmount. */
    public BigDecimal getPrincipalAmount() {
        return amount.subtract(giftAmount);
    }

    public BigDecimal getFrozenAmount() {
        return frozenAmount;
    }

    public BigDecimal getGiftAfter() {
        return giftAfter;
    }

    public BigDecimal getPrincipalAfter() {
        return balanceAfter.subtract(giftAfter);
    }

    public BigDecimal getFrozenAfter() {
        return frozenAfter;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getAdjustedBy() {
        return adjustedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
