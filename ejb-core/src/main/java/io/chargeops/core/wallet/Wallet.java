package io.chargeops.core.wallet;

import io.chargeops.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

@Entity
@Table(name = "wallet")
public class Wallet extends AuditedEntity {

    /** Amounts are kept to 1/10000 yuan; user-facing totals are rounded to 0.01 at settlement. */
    public static final int AMOUNT_SCALE = 4;

    @Id
    @SequenceGenerator(name = "seq_wallet", sequenceName = "SEQ_WALLET", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_wallet")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    /** Null for the platform-wide wallet; set when a merchant runs its own stored value. */
    @Column(name = "merchant_id")
    private Long merchantId;

    @Column(name = "balance", nullable = false, precision = 14, scale = 4)
    private BigDecimal balance;

    /** Part of the balance reserved for charging sessions in progress. */
    @Column(name = "frozen", nullable = false, precision = 14, scale = 4)
    private BigDecimal frozen;

    protected Wallet() {
        // for JPA
    }

    public Wallet(Long userId, Long merchantId) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.merchantId = merchantId;
        this.balance = BigDecimal.ZERO.setScale(AMOUNT_SCALE);
        this.frozen = BigDecimal.ZERO.setScale(AMOUNT_SCALE);
    }

    /**
     * Changes the balance by {@code amount} and returns the ledger entry recording it; the caller
     * persists both in one transaction. The wallet must already have an id.
     */
    public WalletLedgerEntry post(LedgerEntryType type, BigDecimal amount, String refType, String refId, String remark) {
        if (id == null) {
            throw new IllegalStateException("Persist the wallet before posting to it");
        }
        BigDecimal exact = amount(amount);
        BigDecimal after = balance.add(exact);
        if (after.signum() < 0) {
            throw new IllegalArgumentException("Balance of wallet " + id + " would become negative: " + after);
        }
        balance = after;
        return new WalletLedgerEntry(id, merchantId, type, exact, after, refType, refId, remark);
    }

    public BigDecimal available() {
        return balance.subtract(frozen);
    }

    /** Rejects amounts below 0.0001 yuan rather than rounding money silently. */
    static BigDecimal amount(BigDecimal value) {
        Objects.requireNonNull(value, "amount");
        try {
            return value.setScale(AMOUNT_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Amount has more than " + AMOUNT_SCALE + " decimals: " + value, e);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public BigDecimal getFrozen() {
        return frozen;
    }
}
