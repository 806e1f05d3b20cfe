package io.chargeops.core.wallet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * What is still reserved in a wallet for one reference (a charging order). {@code wallet.frozen} equals the
 * sum of its holds. Only {@link Wallet}'s methods change a hold, always together with the wallet row, whose
 * optimistic-lock version therefore serialises concurrent changes of the hold too.
 */
// Not in EclipseLink's shared (second-level) cache: every transaction builds the wallet from the row it reads.
// Under load a clone taken from the shared cache while another commit was being merged into it showed a
// current row_version with a stale balance (a lost update the version check cannot see); and with several
// nodes on one database a node's cache is stale anyway. The application unit (ENABLE_SELECTIVE) does not cache
// it either; the annotation pins this whatever a unit's shared-cache-mode (the test unit caches everything).
@Cache(isolation = CacheIsolationType.ISOLATED)
@Entity
@Table(name = "wallet_hold")
public class WalletHold {

    @Id
    @SequenceGenerator(name = "seq_wallet_hold", sequenceName = "SEQ_WALLET_HOLD", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_wallet_hold")
    private Long id;

    @Column(name = "wallet_id", nullable = false, updatable = false)
    private Long walletId;

    @Column(name = "merchant_id", updatable = false)
    private Long merchantId;

    @Column(name = "ref_type", nullable = false, length = 32, updatable = false)
    private String refType;

    @Column(name = "ref_id", nullable = false, length = 64, updatable = false)
    private String refId;

    /** Still reserved; 0 once released or used up. */
    @Column(name = "amount", nullable = false, precision = 14, scale = 4)
    private BigDecimal amount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected WalletHold() {
        // for JPA
    }

    WalletHold(Long walletId, Long merchantId, String refType, String refId) {
        this.walletId = Objects.requireNonNull(walletId, "walletId");
        this.merchantId = merchantId;
        this.refType = Objects.requireNonNull(refType, "refType");
        this.refId = Objects.requireNonNull(refId, "refId");
        this.amount = BigDecimal.ZERO.setScale(Wallet.AMOUNT_SCALE);
    }

    @PrePersist
    void beforeInsert() {
        if (createdAt == null) {
            createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }

    void add(BigDecimal delta) {
        amount = amount.add(delta);
        releasedAt = null;
    }

    /** Takes up to {@code wanted} from the hold and returns how much was taken. */
    BigDecimal take(BigDecimal wanted) {
        BigDecimal taken = wanted.min(amount);
        amount = amount.subtract(taken);
        if (amount.signum() == 0 && releasedAt == null) {
            releasedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
        return taken;
    }

    public Long getId() {
        return id;
    }

    public Long getWalletId() {
        return walletId;
    }

    public String getRefType() {
        return refType;
    }

    public String getRefId() {
        return refId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }
}
