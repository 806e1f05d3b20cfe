package io.chargeops.core.wallet;

import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The wallet operations on one {@link EntityManager} inside a transaction the caller owns: plain Java, so the
 * same code runs under {@link WalletService} (container-managed JTA) and in tests (RESOURCE_LOCAL).
 *
 * <p>Each operation: (1) looks its idempotency key up — if an entry with that key exists, it is returned and
 * nothing changes; (2) loads the wallet bypassing the shared cache; (3) lets the {@link Wallet} apply the
 * change (which refuses it with an exception before touching anything if a rule would break); (4) persists
 * the ledger entry (and the hold) and flushes, so that a concurrent change surfaces here as an
 * {@code OptimisticLockException} (wallet {@code row_version}) or a unique-key violation
 * (idempotency key) and the caller's transaction rolls back as a whole. Retrying is the caller's job,
 * around the whole transaction: see {@link WalletRetry} and {@link WalletCommands}.
 */
public final class WalletLedger {

    private static final Map<String, Object> FRESH = Map.of(
            "jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS,
            "jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH);

    private final EntityManager em;

    public WalletLedger(EntityManager em) {
        this.em = Objects.requireNonNull(em);
    }

    public Wallet open(Long userId, Long merchantId, AccountType type) {
        Wallet w = new Wallet(userId, merchantId, type);
        em.persist(w);
        em.flush();
        return w;
    }

    /**
     * The wallet to change, read with a row lock ({@code SELECT … FOR UPDATE}) held until the transaction ends: the
     * changes of one wallet are serialised in the database, so each starts from the previous one's committed figures.
     * The version check alone let two concurrent freezes of one wallet both commit on H2 under a 200-start burst (2
     * of 144 lost from {@code frozen} while their ledger entries and holds stayed); the lock makes that impossible on
     * any database, and the version stays as the second line.
     */
    Wallet lockedWallet(Long walletId) {
        Wallet w = em.find(Wallet.class, Objects.requireNonNull(walletId, "walletId"), LockModeType.PESSIMISTIC_WRITE, FRESH);
        if (w == null) {
            throw new WalletNotFoundException(walletId);
        }
        return w;
    }

    /** The wallet as the database has it now (not the shared cache), for reading. */
    public Wallet wallet(Long walletId) {
        Wallet w = em.find(Wallet.class, Objects.requireNonNull(walletId, "walletId"), FRESH);
        if (w == null) {
            throw new WalletNotFoundException(walletId);
        }
        return w;
    }

    public WalletLedgerEntry recharge(Long walletId, BigDecimal principal, BigDecimal gift, String channelRefType,
                                      String channelRefId, String idempotencyKey) {
        return once(walletId, LedgerEntryType.TOP_UP, idempotencyKey,
                w -> w.recharge(principal, gift, channelRefType, channelRefId, idempotencyKey));
    }

    /** Reserves {@code amount} for charging order {@code orderRef} (adds to its hold if it has one). */
    public WalletLedgerEntry freeze(Long walletId, BigDecimal amount, String orderRef, String idempotencyKey) {
        return once(walletId, LedgerEntryType.FREEZE, idempotencyKey, w -> {
            WalletHold existing = hold(walletId, orderRef);
            WalletHold hold = existing != null ? existing : w.openHold(Wallet.ORDER_REF, orderRef);
            WalletLedgerEntry entry = w.freeze(hold, amount, idempotencyKey);
            if (existing == null) {
                em.persist(hold);
            }
            return entry;
        });
    }

    /** Releases what order {@code orderRef} still holds. */
    public WalletLedgerEntry unfreeze(Long walletId, String orderRef, String idempotencyKey) {
        return once(walletId, LedgerEntryType.UNFREEZE, idempotencyKey, w -> {
            WalletHold hold = hold(walletId, orderRef);
            if (hold == null) {
                throw new WalletException("Wallet " + walletId + " holds nothing for order " + orderRef);
            }
            return w.unfreeze(hold, idempotencyKey);
        });
    }

    /** Debits the charge of order {@code orderRef}, consuming its hold first (see {@link Wallet#debit}). */
    public WalletLedgerEntry debit(Long walletId, BigDecimal amount, String orderRef, String idempotencyKey) {
        return once(walletId, LedgerEntryType.CHARGE_DEBIT, idempotencyKey,
                w -> w.debit(amount, Wallet.ORDER_REF, orderRef, hold(walletId, orderRef), idempotencyKey));
    }

    /**
     * Pays a settled charging order: debits {@code amount} (its hold first), as much as the wallet can cover, then
     * releases what the hold still reserves. What it cannot cover is arrears, for the caller to record; a wallet
     * is never taken below its rules for a charge already delivered.
     */
    public ChargePayment payCharge(Long walletId, BigDecimal amount, String orderRef, String idempotencyPrefix) {
        Wallet w = lockedWallet(walletId);
        BigDecimal coverable = held(walletId, orderRef).add(w.available());
        BigDecimal paid = amount.min(coverable.max(BigDecimal.ZERO)).setScale(2, java.math.RoundingMode.DOWN);
        if (paid.signum() > 0) {
            debit(walletId, paid, orderRef, idempotencyPrefix + ":debit");
        }
        if (hold(walletId, orderRef) != null) {
            unfreeze(walletId, orderRef, idempotencyPrefix + ":unfreeze");
        }
        return new ChargePayment(paid, amount.subtract(paid));
    }

    public WalletLedgerEntry refund(Long walletId, BigDecimal amount, String refType, String refId,
                                    String idempotencyKey) {
        return once(walletId, LedgerEntryType.REFUND, idempotencyKey,
                w -> w.refund(amount, refType, refId, idempotencyKey));
    }

    public WalletLedgerEntry adjust(Long walletId, BigDecimal principalDelta, BigDecimal giftDelta, String operator,
                                    String reason, String idempotencyKey) {
        return once(walletId, LedgerEntryType.ADJUSTMENT, idempotencyKey,
                w -> w.adjust(principalDelta, giftDelta, operator, reason, idempotencyKey));
    }

    public Wallet grantCredit(Long walletId, BigDecimal limit) {
        Wallet w = lockedWallet(walletId);
        w.grantCredit(limit);
        em.flush();
        return w;
    }

    public Optional<WalletLedgerEntry> findByKey(String idempotencyKey) {
        return em.createQuery("SELECT e FROM WalletLedgerEntry e WHERE e.idempotencyKey = :k", WalletLedgerEntry.class)
                .setParameter("k", idempotencyKey)
                .getResultStream().findFirst();
    }

    public List<WalletLedgerEntry> entries(Long walletId) {
        return em.createQuery("SELECT e FROM WalletLedgerEntry e WHERE e.walletId = :w ORDER BY e.id", WalletLedgerEntry.class)
                .setParameter("w", walletId)
                .getResultList();
    }

    /** What order {@code orderRef} still holds in the wallet (0 when nothing). */
    public BigDecimal held(Long walletId, String orderRef) {
        WalletHold h = hold(walletId, orderRef);
        return h == null ? BigDecimal.ZERO.setScale(Wallet.AMOUNT_SCALE) : h.getAmount();
    }

    /**
     * Reconciliation: every wallet whose balance, gift balance or frozen amount differs from the sum of its
     * ledger entries, or whose frozen amount differs from the sum of its holds. Reads the database (report
     * queries, not cached entities), so it sees a row changed behind JPA's back.
     */
    public List<WalletDrift> drifts() {
        Map<Long, BigDecimal[]> ledger = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT e.walletId, SUM(e.amount), SUM(e.giftAmount), SUM(e.frozenAmount)"
                + " FROM WalletLedgerEntry e GROUP BY e.walletId", Object[].class).getResultList()) {
            ledger.put((Long) r[0], new BigDecimal[] {(BigDecimal) r[1], (BigDecimal) r[2], (BigDecimal) r[3]});
        }
        Map<Long, BigDecimal> holds = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT h.walletId, SUM(h.amount) FROM WalletHold h GROUP BY h.walletId",
                Object[].class).getResultList()) {
            holds.put((Long) r[0], (BigDecimal) r[1]);
        }
        List<WalletDrift> drifts = new ArrayList<>();
        BigDecimal zero = BigDecimal.ZERO;
        for (Object[] r : em.createQuery("SELECT w.id, w.balance, w.giftBalance, w.frozen FROM Wallet w ORDER BY w.id",
                Object[].class).getResultList()) {
            Long id = (Long) r[0];
            BigDecimal[] sums = ledger.getOrDefault(id, new BigDecimal[] {zero, zero, zero});
            BigDecimal held = holds.getOrDefault(id, zero);
            BigDecimal balance = (BigDecimal) r[1];
            BigDecimal gift = (BigDecimal) r[2];
            BigDecimal frozen = (BigDecimal) r[3];
            if (differ(balance, sums[0]) || differ(gift, sums[1]) || differ(frozen, sums[2]) || differ(frozen, held)) {
                drifts.add(new WalletDrift(id, balance, nz(sums[0]), gift, nz(sums[1]), frozen, nz(sums[2]), held));
            }
        }
        return drifts;
    }

    private static boolean differ(BigDecimal a, BigDecimal b) {
        return nz(a).compareTo(nz(b)) != 0;
    }

    private static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private WalletHold hold(Long walletId, String orderRef) {
        Objects.requireNonNull(orderRef, "orderRef");
        return em.createQuery("SELECT h FROM WalletHold h WHERE h.walletId = :w AND h.refType = :t AND h.refId = :r",
                        WalletHold.class)
                .setParameter("w", walletId).setParameter("t", Wallet.ORDER_REF).setParameter("r", orderRef)
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .setHint("jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH)
                .getResultStream().findFirst().orElse(null);
    }

    private WalletLedgerEntry once(Long walletId, LedgerEntryType type, String idempotencyKey,
                                   Function<Wallet, WalletLedgerEntry> operation) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 96) {
            throw new IllegalArgumentException("An idempotency key of 1..96 characters is required");
        }
        Optional<WalletLedgerEntry> earlier = findByKey(idempotencyKey);
        if (earlier.isPresent()) {
            WalletLedgerEntry e = earlier.get();
            if (!e.getWalletId().equals(walletId) || e.getEntryType() != type) {
                throw new IdempotencyConflictException(idempotencyKey,
                        "entry " + e.getId() + " is a " + e.getEntryType() + " of wallet " + e.getWalletId());
            }
            return e;
        }
        Wallet wallet = lockedWallet(walletId);
        WalletLedgerEntry entry = operation.apply(wallet);
        em.persist(entry);
        em.flush();
        return entry;
    }
}
