package io.chargeops.core.wallet;

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
import java.math.RoundingMode;
import java.util.Objects;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A user's (or an enterprise's / fleet's) stored value.
 *
 * <p><b>Model.</b> {@code balance} is the total stored value = principal + gift; {@code giftBalance} the gift
 * part (bonuses, never paid out), so principal = balance − gift. {@code frozen} is reserved for charging orders
 * in progress (the sum of the open {@link WalletHold}s). {@code creditLimit} is 0 for personal wallets; an
 * enterprise or fleet wallet may be granted a credit line, which lets its principal go down to −creditLimit.
 * available = principal + gift + credit − frozen = balance + creditLimit − frozen.
 *
 * <p><b>Invariants</b> (checked before any field changes, so a refused operation leaves the wallet untouched,
 * and backed by CHECK constraints in V004): gift ≥ 0, frozen ≥ 0, principal ≥ −creditLimit, available ≥ 0.
 *
 * <p><b>Debit order.</b> A debit first consumes what its order holds (frozen), then available money; the amount
 * itself is taken from principal first, then gift, then (enterprise/fleet) credit — the user's own paid money
 * first, bonuses after, the credit line last.
 *
 * <p>Every operation returns the {@link WalletLedgerEntry} describing it, carrying the signed change of every
 * component and the values after it; the caller persists it in the same transaction as the wallet (see
 * {@link WalletLedger}).
 */
// Not in EclipseLink's shared (second-level) cache: every transaction builds the wallet from the row it reads.
// Under load a clone taken from the shared cache while another commit was being merged into it showed a
// current row_version with a stale balance (a lost update the version check cannot see); and with several
// nodes on one database a node's cache is stale anyway. The application unit (ENABLE_SELECTIVE) does not cache
// it either; the annotation pins this whatever a unit's shared-cache-mode (the test unit caches everything).
@Cache(isolation = CacheIsolationType.ISOLATED)
@Entity
@Table(name = "wallet")
public class Wallet extends AuditedEntity {

    /** Amounts are kept to 1/10000 yuan; user-facing totals are rounded to 0.01 at settlement. */
    public static final int AMOUNT_SCALE = 4;

    /** Reference type of ledger entries and holds caused by a charging order. */
    public static final String ORDER_REF = "CHARGING_ORDER";

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(AMOUNT_SCALE);

    @Id
    @SequenceGenerator(name = "seq_wallet", sequenceName = "SEQ_WALLET", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_wallet")
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    /** Null for the platform-wide wallet; set when a merchant runs its own stored value. */
    @Column(name = "merchant_id")
    private Long merchantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 16)
    private AccountType accountType;

    /** Total stored value: principal + gift. */
    @Column(name = "balance", nullable = false, precision = 14, scale = 4)
    private BigDecimal balance;

    @Column(name = "gift_balance", nullable = false, precision = 14, scale = 4)
    private BigDecimal giftBalance;

    /** Part of the balance reserved for charging sessions in progress. */
    @Column(name = "frozen", nullable = false, precision = 14, scale = 4)
    private BigDecimal frozen;

    @Column(name = "credit_limit", nullable = false, precision = 14, scale = 4)
    private BigDecimal creditLimit;

    protected Wallet() {
        // for JPA
    }

    public Wallet(Long userId, Long merchantId) {
        this(userId, merchantId, AccountType.PERSONAL);
    }

    public Wallet(Long userId, Long merchantId, AccountType accountType) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.merchantId = merchantId;
        this.accountType = Objects.requireNonNull(accountType, "accountType");
        this.balance = ZERO;
        this.giftBalance = ZERO;
        this.frozen = ZERO;
        this.creditLimit = ZERO;
    }

    // ------------------------------------------------------------------------------------------ operations

    /** Recharge through a payment channel: {@code principal} paid, plus an optional {@code gift} bonus. */
    public WalletLedgerEntry recharge(BigDecimal principal, BigDecimal gift, String channelRefType, String channelRefId,
                                      String idempotencyKey) {
        BigDecimal p = positive(principal);
        BigDecimal g = gift == null ? ZERO : amount(gift);
        if (g.signum() < 0) {
            throw new IllegalArgumentException("Gift bonus must not be negative: " + gift);
        }
        return apply(LedgerEntryType.TOP_UP, p.add(g), g, ZERO, channelRefType, channelRefId, null, idempotencyKey, null);
    }

    /** Opens an (empty) hold for {@code refType/refId}; the caller persists it, then {@link #freeze}s into it. */
    public WalletHold openHold(String refType, String refId) {
        requireId();
        return new WalletHold(id, merchantId, refType, refId);
    }

    /** Reserves {@code amount} of the available money for the hold's order. */
    public WalletLedgerEntry freeze(WalletHold hold, BigDecimal amount, String idempotencyKey) {
        checkHold(hold);
        BigDecimal a = positive(amount);
        check(balance, giftBalance, frozen.add(a), a, "freeze");
        hold.add(a);
        return apply(LedgerEntryType.FREEZE, ZERO, ZERO, a, hold.getRefType(), hold.getRefId(), null, idempotencyKey, null);
    }

    /** Releases whatever the hold still reserves (possibly nothing: the entry then records a zero change). */
    public WalletLedgerEntry unfreeze(WalletHold hold, String idempotencyKey) {
        checkHold(hold);
        BigDecimal released = hold.take(hold.getAmount());
        return apply(LedgerEntryType.UNFREEZE, ZERO, ZERO, released.negate(), hold.getRefType(), hold.getRefId(), null,
                idempotencyKey, null);
    }

    /**
     * Takes {@code amount} for a charge: first out of {@code hold} (may be null), the rest out of the available
     * money; principal first, then gift, then credit. What the hold still reserves afterwards stays frozen
     * until {@link #unfreeze}.
     */
    public WalletLedgerEntry debit(BigDecimal amount, String refType, String refId, WalletHold hold, String idempotencyKey) {
        BigDecimal a = positive(amount);
        if (hold != null) {
            checkHold(hold);
        }
        BigDecimal fromHold = hold == null ? ZERO : a.min(hold.getAmount());
        BigDecimal principal = principal();
        BigDecimal fromPrincipal = a.min(principal.max(ZERO));
        BigDecimal fromGift = a.subtract(fromPrincipal).min(giftBalance);
        check(balance.subtract(a), giftBalance.subtract(fromGift), frozen.subtract(fromHold), a, "debit");
        if (hold != null) {
            hold.take(fromHold);
        }
        return apply(LedgerEntryType.CHARGE_DEBIT, a.negate(), fromGift.negate(), fromHold.negate(), refType, refId, null,
                idempotencyKey, null);
    }

    /** Pays principal back to the user's payment channel: never gift, never credit, never frozen money. */
    public WalletLedgerEntry refund(BigDecimal amount, String refType, String refId, String idempotencyKey) {
        BigDecimal a = positive(amount);
        BigDecimal refundable = principal().min(balance.subtract(frozen)).max(ZERO);
        if (a.compareTo(refundable) > 0) {
            throw new InsufficientBalanceException(id, a, refundable, "refund");
        }
        return apply(LedgerEntryType.REFUND, a.negate(), ZERO, ZERO, refType, refId, null, idempotencyKey, null);
    }

    /** Manual correction by a console operator; either delta may be negative, the invariants still hold. */
    public WalletLedgerEntry adjust(BigDecimal principalDelta, BigDecimal giftDelta, String operator, String reason,
                                   String idempotencyKey) {
        BigDecimal p = principalDelta == null ? ZERO : amount(principalDelta);
        BigDecimal g = giftDelta == null ? ZERO : amount(giftDelta);
        if (p.signum() == 0 && g.signum() == 0) {
            throw new IllegalArgumentException("An adjustment must change something");
        }
        if (operator == null || operator.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An adjustment needs an operator and a reason");
        }
        BigDecimal total = p.add(g);
        check(balance.add(total), giftBalance.add(g), frozen, total.negate(), "adjustment");
        return apply(LedgerEntryType.ADJUSTMENT, total, g, ZERO, "MANUAL", null, reason, idempotencyKey, operator);
    }

    /** Sets the credit line of an enterprise or fleet wallet; not a balance change, so no ledger entry. */
    public void grantCredit(BigDecimal limit) {
        BigDecimal l = amount(limit);
        if (l.signum() < 0) {
            throw new IllegalArgumentException("Credit limit must not be negative: " + limit);
        }
        if (l.signum() > 0 && !accountType.mayHaveCredit()) {
            throw new WalletException("A " + accountType + " wallet cannot have credit");
        }
        if (principal().add(l).signum() < 0 || balance.add(l).subtract(frozen).signum() < 0) {
            throw new WalletException("Wallet " + id + " already uses more credit than " + l);
        }
        creditLimit = l;
    }

    /**
     * Low-level change of the principal (no idempotency key, no hold), kept for existing callers and tests;
     * business code uses the operations above. Same invariants.
     */
    public WalletLedgerEntry post(LedgerEntryType type, BigDecimal amount, String refType, String refId, String remark) {
        requireId();
        BigDecimal exact = amount(amount);
        BigDecimal after = balance.add(exact);
        if (after.subtract(giftBalance).add(creditLimit).signum() < 0 || after.add(creditLimit).subtract(frozen).signum() < 0) {
            throw new IllegalArgumentException("Balance of wallet " + id + " would become negative: " + after);
        }
        return apply(type, exact, ZERO, ZERO, refType, refId, remark, null, null);
    }

    // ------------------------------------------------------------------------------------------ rules

    private void check(BigDecimal newBalance, BigDecimal newGift, BigDecimal newFrozen, BigDecimal requested, String what) {
        requireId();
        if (newGift.signum() < 0 || newFrozen.signum() < 0
                || newBalance.subtract(newGift).add(creditLimit).signum() < 0
                || newBalance.add(creditLimit).subtract(newFrozen).signum() < 0) {
            throw new InsufficientBalanceException(id, requested, available(), what);
        }
    }

    private WalletLedgerEntry apply(LedgerEntryType type, BigDecimal dBalance, BigDecimal dGift, BigDecimal dFrozen,
                                    String refType, String refId, String remark, String key, String operator) {
        requireId();
        balance = balance.add(dBalance);
        giftBalance = giftBalance.add(dGift);
        frozen = frozen.add(dFrozen);
        return new WalletLedgerEntry(id, merchantId, type, dBalance, dGift, dFrozen, balance, giftBalance, frozen,
                refType, refId, remark, key, operator);
    }

    private void checkHold(WalletHold hold) {
        requireId();
        Objects.requireNonNull(hold, "hold");
        if (!id.equals(hold.getWalletId())) {
            throw new IllegalArgumentException("Hold " + hold.getId() + " belongs to wallet " + hold.getWalletId());
        }
    }

    private void requireId() {
        if (id == null) {
            throw new IllegalStateException("Persist the wallet before posting to it");
        }
    }

    private static BigDecimal positive(BigDecimal value) {
        BigDecimal a = amount(value);
        if (a.signum() <= 0) {
            throw new IllegalArgumentException("Amount must be positive: " + value);
        }
        return a;
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

    // ------------------------------------------------------------------------------------------ reading

    /** principal + gift + credit − frozen: what a new order may freeze or a debit may take beyond its hold. */
    public BigDecimal available() {
        return balance.add(creditLimit).subtract(frozen);
    }

    /** The user's own (paid) money; negative while a credit line is in use. */
    public BigDecimal principal() {
        return balance.subtract(giftBalance);
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

    public AccountType getAccountType() {
        return accountType;
    }

    /** Total stored value (principal + gift). */
    public BigDecimal getBalance() {
        return balance;
    }

    public BigDecimal getGiftBalance() {
        return giftBalance;
    }

    public BigDecimal getFrozen() {
        return frozen;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }
}
