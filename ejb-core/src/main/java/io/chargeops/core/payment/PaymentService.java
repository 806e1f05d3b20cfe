package io.chargeops.core.payment;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;
import io.chargeops.core.identity.AppUsers;
import io.chargeops.core.wallet.WalletService;
import io.chargeops.core.wallet.WalletView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Recharges and refund requests of app users. One transaction per call: a verified callback marks the recharge
 * PAID and credits the wallet together (ledger key {@code recharge:<order no>}), so a replay finds it PAID and
 * changes nothing, and two racing copies collide on the order's row version.
 */
@Stateless
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    static final BigDecimal MAX_RECHARGE = new BigDecimal("50000.00");
    /** The quick amounts the app offers (元). */
    public static final List<BigDecimal> QUICK_AMOUNTS = List.of(new BigDecimal("50"), new BigDecimal("100"),
            new BigDecimal("200"), new BigDecimal("500"));

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    WalletService wallets;

    @EJB
    AppUsers users;

    @Inject
    PaymentProviders providers;

    Clock clock = Clock.systemUTC();

    /** The recharge just created with what the app hands the provider's SDK. */
    public RechargeView createRecharge(Long payerUserId, BigDecimal amount, String providerName, String beneficiaryPhone,
                                       String clientIp, String payerOpenId) {
        if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(MAX_RECHARGE) > 0) {
            throw new RefusedException(Kind.UNPROCESSABLE, "invalid-recharge-amount",
                    "A recharge is 0.01 .. " + MAX_RECHARGE + " 元 with at most 2 decimals: " + amount);
        }
        PaymentProvider provider = providers.enabled(providerName).orElseThrow(() -> new RefusedException(
                Kind.UNPROCESSABLE, "unknown-payment-provider", "No enabled payment provider " + providerName
                + "; enabled: " + providers.enabledNames()));
        Long userId = payerUserId;
        if (beneficiaryPhone != null && !beneficiaryPhone.isBlank()) {
            userId = users.activeUserId(beneficiaryPhone).orElseThrow(() -> new RefusedException(Kind.UNPROCESSABLE,
                    "unknown-beneficiary", "No active app user has the phone number " + beneficiaryPhone));
        }
        Long walletId = wallets.personalWalletOf(userId).orElseThrow(() -> new RefusedException(Kind.NOT_FOUND,
                "no-wallet", "The app user has no wallet"));
        String orderNo = number("RC");
        BigDecimal yuan = amount.setScale(2, RoundingMode.UNNECESSARY);
        RechargeOrder order = new RechargeOrder(orderNo, payerUserId, userId, walletId, yuan, provider.name());
        em.persist(order);
        em.flush();
        Map<String, String> payment = provider.create(new PaymentProvider.Payment(orderNo, yuan, "ChargeOps 钱包充值",
                clientIp, payerOpenId));
        LOG.info(() -> "Recharge " + orderNo + " of " + yuan + " 元 via " + provider.name() + " for user " + order.getUserId()
                + " by user " + payerUserId);
        return RechargeView.of(order, payment);
    }

    /**
     * A provider's callback: verified, then the recharge is paid once. Refused: unknown provider (404), forged
     * signature (400 {@code invalid-callback-signature}), unknown order (404), amount differing from the order's
     * (422 {@code callback-amount-mismatch}); nothing changes then.
     */
    public PaymentProvider.Acknowledgement callback(String providerName, PaymentProvider.Callback callback) {
        PaymentProvider provider = providers.enabled(providerName).orElseThrow(() -> new RefusedException(
                Kind.NOT_FOUND, "unknown-payment-provider", "No enabled payment provider " + providerName));
        PaymentProvider.Notification n;
        try {
            n = provider.verify(callback);
        } catch (PaymentProvider.ForgedCallbackException e) {
            LOG.warning(() -> "Payment callback via " + providerName + " refused: " + e.getMessage());
            throw new RefusedException(Kind.INVALID, "invalid-callback-signature",
                    "The callback's signature does not verify");
        }
        RechargeOrder order = em.createQuery("SELECT o FROM RechargeOrder o WHERE o.orderNo = :no", RechargeOrder.class)
                .setParameter("no", n.orderNo()).setLockMode(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RefusedException(Kind.NOT_FOUND, "unknown-recharge", "No recharge " + n.orderNo()));
        if (!order.getProvider().equals(provider.name())) {
            throw new RefusedException(Kind.INVALID, "invalid-callback-signature", "The recharge was not made via " + providerName);
        }
        if (n.amount() == null || n.amount().compareTo(order.getAmount()) != 0) {
            LOG.warning(() -> "Payment callback for " + n.orderNo() + " says " + n.amount() + " but the order is "
                    + order.getAmount() + "; refused");
            throw new RefusedException(Kind.UNPROCESSABLE, "callback-amount-mismatch",
                    "The callback's amount differs from the recharge's");
        }
        if (!n.paid()) {
            return provider.acknowledgement();
        }
        if (order.paid(n.providerTransactionId(), clock.instant())) {
            wallets.recharge(order.getWalletId(), order.getAmount(), BigDecimal.ZERO, "RECHARGE", order.getOrderNo(),
                    "recharge:" + order.getOrderNo());
            LOG.info(() -> "Recharge " + order.getOrderNo() + " paid (" + n.providerTransactionId() + "): wallet "
                    + order.getWalletId() + " credited " + order.getAmount());
        } else {
            LOG.info(() -> "Recharge " + order.getOrderNo() + " callback repeated (" + order.getCallbacks()
                    + " callbacks); nothing changed");
        }
        return provider.acknowledgement();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RechargeView> recharges(Long userId, int limit) {
        return em.createQuery("SELECT o FROM RechargeOrder o WHERE o.userId = :u OR o.payerUserId = :u ORDER BY o.id DESC",
                        RechargeOrder.class)
                .setParameter("u", userId).setMaxResults(limit).getResultList().stream()
                .map(o -> RechargeView.of(o, null)).toList();
    }

    /** One of the user's recharges (paid by or for them); 404 otherwise. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public RechargeView recharge(Long userId, String orderNo) {
        return em.createQuery("SELECT o FROM RechargeOrder o WHERE o.orderNo = :no AND (o.userId = :u OR o.payerUserId = :u)",
                        RechargeOrder.class)
                .setParameter("no", orderNo).setParameter("u", userId).getResultStream().findFirst()
                .map(o -> RechargeView.of(o, null))
                .orElseThrow(() -> new RefusedException(Kind.NOT_FOUND, "unknown-recharge", "No recharge " + orderNo));
    }

    /**
     * What the user may ask back: principal they recharged online themselves, less what earlier requests asked for,
     * and never more than the principal not frozen. Gift money and merchant/console recharges are not refundable.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public BigDecimal refundable(Long userId) {
        Long walletId = wallets.personalWalletOf(userId).orElse(null);
        if (walletId == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal recharged = em.createQuery("SELECT COALESCE(SUM(o.amount), 0) FROM RechargeOrder o WHERE o.userId = :u"
                        + " AND o.payerUserId = :u AND o.status = :paid", BigDecimal.class)
                .setParameter("u", userId).setParameter("paid", RechargeOrder.Status.PAID).getSingleResult();
        BigDecimal requested = em.createQuery("SELECT COALESCE(SUM(r.amount), 0) FROM RefundRequest r WHERE r.userId = :u"
                        + " AND r.status <> :rejected", BigDecimal.class)
                .setParameter("u", userId).setParameter("rejected", RefundRequest.Status.REJECTED).getSingleResult();
        WalletView w = wallets.view(walletId).orElseThrow();
        BigDecimal free = w.principal().subtract(w.frozen());
        return recharged.subtract(requested).min(free).max(BigDecimal.ZERO).setScale(2, RoundingMode.DOWN);
    }

    /**
     * Asks for {@code amount} (default: all that is refundable) back; it is frozen in the wallet until an operator
     * decides. Refused: nothing or less refundable (422 {@code refund-exceeds-refundable}), bad amount (422).
     */
    public RefundView requestRefund(Long userId, BigDecimal amount, String reason) {
        BigDecimal refundable = refundable(userId);
        BigDecimal asked = amount == null ? refundable : amount;
        if (asked.signum() <= 0 || asked.stripTrailingZeros().scale() > 2) {
            throw new RefusedException(Kind.UNPROCESSABLE, amount == null ? "refund-exceeds-refundable" : "invalid-refund-amount",
                    amount == null ? "Nothing is refundable" : "A refund is a positive amount with at most 2 decimals: " + amount);
        }
        if (asked.compareTo(refundable) > 0) {
            throw new RefusedException(Kind.UNPROCESSABLE, "refund-exceeds-refundable",
                    "At most " + refundable + " 元 is refundable (online-recharged principal not yet spent or asked back)");
        }
        Long walletId = wallets.personalWalletOf(userId).orElseThrow();
        String no = number("RF");
        BigDecimal yuan = asked.setScale(2, RoundingMode.UNNECESSARY);
        RefundRequest request = new RefundRequest(no, userId, walletId, yuan,
                reason == null ? null : reason.length() > 200 ? reason.substring(0, 200) : reason);
        em.persist(request);
        wallets.freeze(walletId, yuan, "refund:" + no, "refund:" + no + ":freeze");
        em.flush();
        LOG.info(() -> "Refund request " + no + " of " + yuan + " 元 by user " + userId + " awaits an operator");
        return RefundView.of(request);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RefundView> refunds(Long userId) {
        return em.createQuery("SELECT r FROM RefundRequest r WHERE r.userId = :u ORDER BY r.id DESC", RefundRequest.class)
                .setParameter("u", userId).getResultList().stream().map(RefundView::of).toList();
    }

    private String number(String prefix) {
        return prefix + STAMP.format(clock.instant().atZone(ZoneId.of("Asia/Shanghai")))
                + String.format("%08d", RANDOM.nextInt(100_000_000));
    }
}
