package io.chargeops.core.wallet;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Wallet operations in the caller's transaction (REQUIRED): settlement calls {@link #debit} and
 * {@link #unfreeze} inside its own transaction, so the order, the wallet and the ledger commit together or
 * not at all. A concurrent change of the wallet makes the call fail with an optimistic-lock conflict and
 * the whole business transaction roll back; the caller retries it from its transaction boundary (the MDB
 * redelivers, or the caller wraps its own transaction in {@link WalletRetry}). Actions that are nothing but
 * a wallet change (recharge, console adjustment, freeze for a start) go through {@link WalletCommands},
 * which retries for them. Business refusals are {@link WalletException}s (application exceptions, rollback).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class WalletService {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @jakarta.ejb.EJB
    io.chargeops.core.audit.OperationLog operationLog;

    private WalletLedger ledger() {
        return new WalletLedger(em);
    }

    public Long open(Long userId, Long merchantId, AccountType type) {
        return ledger().open(userId, merchantId, type).getId();
    }

    public WalletLedgerEntry recharge(Long walletId, BigDecimal principal, BigDecimal gift, String channelRefType,
                                      String channelRefId, String idempotencyKey) {
        return ledger().recharge(walletId, principal, gift, channelRefType, channelRefId, idempotencyKey);
    }

    public WalletLedgerEntry freeze(Long walletId, BigDecimal amount, String orderRef, String idempotencyKey) {
        return ledger().freeze(walletId, amount, orderRef, idempotencyKey);
    }

    public WalletLedgerEntry unfreeze(Long walletId, String orderRef, String idempotencyKey) {
        return ledger().unfreeze(walletId, orderRef, idempotencyKey);
    }

    public WalletLedgerEntry debit(Long walletId, BigDecimal amount, String orderRef, String idempotencyKey) {
        return ledger().debit(walletId, amount, orderRef, idempotencyKey);
    }

    public WalletLedgerEntry refund(Long walletId, BigDecimal amount, String refType, String refId,
                                    String idempotencyKey) {
        return ledger().refund(walletId, amount, refType, refId, idempotencyKey);
    }

    public WalletLedgerEntry adjust(Long walletId, BigDecimal principalDelta, BigDecimal giftDelta, String operator,
                                    String reason, String idempotencyKey) {
        boolean repeated = ledger().findByKey(idempotencyKey).isPresent();
        WalletLedgerEntry entry = ledger().adjust(walletId, principalDelta, giftDelta, operator, reason, idempotencyKey);
        if (!repeated) {
            // wallets are platform-wide: the entry belongs to no merchant
            java.util.Map<String, Object> change = new java.util.LinkedHashMap<>();
            change.put("principal", principalDelta);
            change.put("gift", giftDelta);
            change.put("principalAfter", entry.getPrincipalAfter());
            change.put("giftAfter", entry.getGiftAfter());
            change.put("reason", reason);
            change.put("ledgerEntry", entry.getId());
            operationLog.record("wallet.recharge", "wallet", walletId, null, null, change);
        }
        return entry;
    }

    public void grantCredit(Long walletId, BigDecimal limit) {
        ledger().grantCredit(walletId, limit);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BigDecimal available(Long walletId) {
        return ledger().wallet(walletId).available();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<WalletLedgerEntry> entries(Long walletId) {
        return ledger().entries(walletId);
    }

    /** Pays a settled order in the caller's transaction (see {@link WalletLedger#payCharge}). */
    public ChargePayment payCharge(Long walletId, BigDecimal amount, String orderRef, String idempotencyPrefix) {
        return ledger().payCharge(walletId, amount, orderRef, idempotencyPrefix);
    }

    /** The user's platform-wide wallet (not a merchant's stored-value scheme). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Long> personalWalletOf(Long userId) {
        return em.createQuery("SELECT w.id FROM Wallet w WHERE w.userId = :u AND w.merchantId IS NULL ORDER BY w.id",
                        Long.class)
                .setParameter("u", userId)
                .getResultStream().findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<WalletView> view(Long walletId) {
        try {
            return Optional.of(WalletView.of(ledger().wallet(walletId)));
        } catch (WalletNotFoundException e) {
            return Optional.empty();
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<LedgerLine> ledgerLines(Long walletId) {
        return ledger().entries(walletId).stream().map(LedgerLine::of).toList();
    }

    /** Reconciliation for the fault campaign and a nightly check: wallets whose fields differ from their ledger. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<WalletDrift> drifts() {
        return ledger().drifts();
    }
}
