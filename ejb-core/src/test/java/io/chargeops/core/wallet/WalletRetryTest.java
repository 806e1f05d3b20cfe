package io.chargeops.core.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WalletRetryTest {

    @Test
    void classifiesConflictsAsYouMeetThemInAContainer() {
        assertThat(WalletRetry.classify(new OptimisticLockException())).isEqualTo(WalletRetry.Failure.CONFLICT);
        assertThat(WalletRetry.classify(new EJBException(new RollbackException(new OptimisticLockException()))))
                .isEqualTo(WalletRetry.Failure.CONFLICT);
        assertThat(WalletRetry.classify(new EJBTransactionRolledbackException("x",
                new PersistenceException(new SQLException("timeout", "HYT00"))))).isEqualTo(WalletRetry.Failure.CONFLICT);
        assertThat(WalletRetry.classify(new PersistenceException(
                new SQLIntegrityConstraintViolationException("dup", "23505")))).isEqualTo(WalletRetry.Failure.DUPLICATE);
        assertThat(WalletRetry.classify(new InsufficientBalanceException(1L, BigDecimal.ONE, BigDecimal.ZERO, "debit")))
                .isEqualTo(WalletRetry.Failure.NOT_RETRYABLE);
        assertThat(WalletRetry.classify(new IllegalArgumentException("bad"))).isEqualTo(WalletRetry.Failure.NOT_RETRYABLE);
    }

    @Test
    void retriesConflictsBoundedlyAndNeverBusinessRefusals() {
        WalletRetry retry = new WalletRetry(3, 0);
        AtomicInteger calls = new AtomicInteger();
        assertThat(retry.run(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new EJBException(new OptimisticLockException());
            }
            return "ok";
        })).isEqualTo("ok");
        assertThat(calls).hasValue(3);

        calls.set(0);
        assertThatThrownBy(() -> retry.run(() -> {
            calls.incrementAndGet();
            throw new OptimisticLockException();
        })).isInstanceOf(WalletConcurrencyException.class);
        assertThat(calls).hasValue(3);

        calls.set(0);
        assertThatThrownBy(() -> retry.run(() -> {
            calls.incrementAndGet();
            throw new InsufficientBalanceException(1L, BigDecimal.ONE, BigDecimal.ZERO, "debit");
        })).isInstanceOf(InsufficientBalanceException.class);
        assertThat(calls).hasValue(1);

        calls.set(0); // a duplicate key is retried once (the retry finds the winner's entry), not forever
        assertThatThrownBy(() -> retry.run(() -> {
            calls.incrementAndGet();
            throw new PersistenceException(new SQLIntegrityConstraintViolationException("dup", "23505"));
        })).isInstanceOf(PersistenceException.class);
        assertThat(calls).hasValue(2);
    }

    @Test
    void walletCommandsRetryTheServiceCallAsAWholeTransaction() {
        AtomicInteger calls = new AtomicInteger();
        WalletCommands commands = new WalletCommands();
        commands.maxAttempts = 5;
        commands.backoffMillis = 0;
        commands.wallets = new WalletService() {
            @Override
            public WalletLedgerEntry debit(Long walletId, BigDecimal amount, String orderRef, String key) {
                if (calls.incrementAndGet() < 4) {
                    // what the container throws when the REQUIRED transaction hits a concurrent update
                    throw new EJBException(new RollbackException(new OptimisticLockException()));
                }
                return null;
            }
        };
        commands.init();
        commands.debit(1L, BigDecimal.ONE, "O-1", "order:O-1:debit");
        assertThat(calls).hasValue(4);
    }
}
