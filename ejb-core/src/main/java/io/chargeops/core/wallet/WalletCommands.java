package io.chargeops.core.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stand-alone wallet actions with retry. Runs with no transaction of its own (NOT_SUPPORTED) and calls
 * {@link WalletService} through its EJB proxy, so each attempt is one complete container transaction
 * (REQUIRED starts a new one) that re-reads the wallet; an optimistic-lock conflict rolls that attempt back
 * and {@link WalletRetry} runs it again, up to {@code chargeops.wallet.retry.max-attempts} times. With the
 * idempotency key a retry after an ambiguous failure (commit succeeded, answer lost) returns the first entry
 * instead of applying twice. Do not call this from inside a business transaction: it would commit the wallet
 * change separately — use {@link WalletService} there.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WalletCommands {

    @EJB
    WalletService wallets;

    @Inject
    @ConfigProperty(name = "chargeops.wallet.retry.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "chargeops.wallet.retry.backoff-millis", defaultValue = "5")
    long backoffMillis;

    private WalletRetry retry;

    @PostConstruct
    void init() {
        retry = new WalletRetry(maxAttempts, backoffMillis);
    }

    public WalletLedgerEntry recharge(Long walletId, BigDecimal principal, BigDecimal gift, String channelRefType,
                                      String channelRefId, String idempotencyKey) {
        return retry.run(() -> wallets.recharge(walletId, principal, gift, channelRefType, channelRefId, idempotencyKey));
    }

    public WalletLedgerEntry freeze(Long walletId, BigDecimal amount, String orderRef, String idempotencyKey) {
        return retry.run(() -> wallets.freeze(walletId, amount, orderRef, idempotencyKey));
    }

    public WalletLedgerEntry unfreeze(Long walletId, String orderRef, String idempotencyKey) {
        return retry.run(() -> wallets.unfreeze(walletId, orderRef, idempotencyKey));
    }

    public WalletLedgerEntry debit(Long walletId, BigDecimal amount, String orderRef, String idempotencyKey) {
        return retry.run(() -> wallets.debit(walletId, amount, orderRef, idempotencyKey));
    }

    public WalletLedgerEntry refund(Long walletId, BigDecimal amount, String refType, String refId,
                                    String idempotencyKey) {
        return retry.run(() -> wallets.refund(walletId, amount, refType, refId, idempotencyKey));
    }

    public WalletLedgerEntry adjust(Long walletId, BigDecimal principalDelta, BigDecimal giftDelta, String operator,
                                    String reason, String idempotencyKey) {
        return retry.run(() -> wallets.adjust(walletId, principalDelta, giftDelta, operator, reason, idempotencyKey));
    }
}
