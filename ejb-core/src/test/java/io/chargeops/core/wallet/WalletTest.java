package io.chargeops.core.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WalletTest {

    private static Wallet persistedWallet() throws Exception {
        Wallet w = new Wallet(1L, null);
        Field id = Wallet.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(w, 42L);
        return w;
    }

    @Test
    void postingChangesBalanceAndDescribesTheChange() throws Exception {
        Wallet w = persistedWallet();
        WalletLedgerEntry top = w.post(LedgerEntryType.TOP_UP, new BigDecimal("100"), "RECHARGE", "R1", "充值");
        WalletLedgerEntry debit = w.post(LedgerEntryType.CHARGE_DEBIT, new BigDecimal("-0.0001"), "CHARGING_ORDER", "O1", null);
        assertThat(w.getBalance()).hasToString("99.9999");
        assertThat(top.getBalanceAfter()).hasToString("100.0000");
        assertThat(debit.getBalanceAfter()).isEqualTo(w.getBalance());
        assertThat(debit.getWalletId()).isEqualTo(42L);
        assertThat(top.getAmount().add(debit.getAmount())).isEqualByComparingTo(w.getBalance());
    }

    @Test
    void refusesNegativeBalanceAndSubCentimePrecision() throws Exception {
        Wallet w = persistedWallet();
        assertThatThrownBy(() -> w.post(LedgerEntryType.CHARGE_DEBIT, new BigDecimal("-1"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.post(LedgerEntryType.TOP_UP, new BigDecimal("1.00001"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(w.getBalance()).isEqualByComparingTo("0");
    }

    @Test
    void unsavedWalletCannotPost() {
        assertThatThrownBy(() -> new Wallet(1L, null).post(LedgerEntryType.TOP_UP, BigDecimal.ONE, null, null, null))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Wallet persisted(AccountType type) throws Exception {
        Wallet w = new Wallet(1L, null, type);
        Field id = Wallet.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(w, 7L);
        return w;
    }

    @Test
    void rechargeSplitsPrincipalAndGift() throws Exception {
        Wallet w = persisted(AccountType.PERSONAL);
        WalletLedgerEntry e = w.recharge(new BigDecimal("100"), new BigDecimal("20"), "RECHARGE", "P1", "k1");
        assertThat(e.getEntryType()).isEqualTo(LedgerEntryType.TOP_UP);
        assertThat(e.getAmount()).hasToString("120.0000");
        assertThat(e.getGiftAmount()).hasToString("20.0000");
        assertThat(e.getPrincipalAmount()).isEqualByComparingTo("100");
        assertThat(e.getIdempotencyKey()).isEqualTo("k1");
        assertThat(w.principal()).isEqualByComparingTo("100");
        assertThat(w.getGiftBalance()).isEqualByComparingTo("20");
        assertThat(w.available()).isEqualByComparingTo("120");
    }

    @Test
    void debitTakesTheHoldFirstAndPrincipalBeforeGift() throws Exception {
        Wallet w = persisted(AccountType.PERSONAL);
        w.recharge(new BigDecimal("10"), new BigDecimal("5"), "RECHARGE", "P1", "k1");
        WalletHold hold = w.openHold(Wallet.ORDER_REF, "O1");
        WalletLedgerEntry f = w.freeze(hold, new BigDecimal("8"), "k2");
        assertThat(f.getAmount()).isEqualByComparingTo("0");
        assertThat(f.getFrozenAmount()).isEqualByComparingTo("8");
        assertThat(w.available()).isEqualByComparingTo("7");

        WalletLedgerEntry d = w.debit(new BigDecimal("12"), Wallet.ORDER_REF, "O1", hold, "k3");
        assertThat(d.getAmount()).isEqualByComparingTo("-12");
        assertThat(d.getFrozenAmount()).isEqualByComparingTo("-8");
        assertThat(d.getGiftAmount()).isEqualByComparingTo("-2");
        assertThat(d.getPrincipalAfter()).isEqualByComparingTo("0");
        assertThat(d.getGiftAfter()).isEqualByComparingTo("3");
        assertThat(d.getFrozenAfter()).isEqualByComparingTo("0");
        assertThat(hold.getAmount()).isEqualByComparingTo("0");
        assertThat(hold.getReleasedAt()).isNotNull();
    }

    @Test
    void unfreezeReleasesWhatIsLeft() throws Exception {
        Wallet w = persisted(AccountType.PERSONAL);
        w.recharge(new BigDecimal("50"), null, "RECHARGE", "P1", "k1");
        WalletHold hold = w.openHold(Wallet.ORDER_REF, "O1");
        w.freeze(hold, new BigDecimal("30"), "k2");
        w.debit(new BigDecimal("10"), Wallet.ORDER_REF, "O1", hold, "k3");
        WalletLedgerEntry u = w.unfreeze(hold, "k4");
        assertThat(u.getFrozenAmount()).isEqualByComparingTo("-20");
        assertThat(w.getFrozen()).isEqualByComparingTo("0");
        assertThat(w.getBalance()).isEqualByComparingTo("40");
    }

    @Test
    void refusalsLeaveTheWalletUntouched() throws Exception {
        Wallet w = persisted(AccountType.PERSONAL);
        w.recharge(new BigDecimal("10"), new BigDecimal("5"), "RECHARGE", "P1", "k1");
        WalletHold hold = w.openHold(Wallet.ORDER_REF, "O1");
        assertThatThrownBy(() -> w.freeze(hold, new BigDecimal("15.0001"), "k2"))
                .isInstanceOf(InsufficientBalanceException.class);
        assertThatThrownBy(() -> w.debit(new BigDecimal("15.0001"), Wallet.ORDER_REF, "O1", null, "k3"))
                .isInstanceOf(InsufficientBalanceException.class);
        // gift is never paid out
        assertThatThrownBy(() -> w.refund(new BigDecimal("10.0001"), "REFUND", "F1", "k4"))
                .isInstanceOf(InsufficientBalanceException.class);
        assertThatThrownBy(() -> w.adjust(null, new BigDecimal("-5.0001"), "admin", "fix", "k5"))
                .isInstanceOf(InsufficientBalanceException.class);
        assertThatThrownBy(() -> w.grantCredit(new BigDecimal("100"))).isInstanceOf(WalletException.class);
        assertThatThrownBy(() -> w.debit(new BigDecimal("-1"), null, null, null, "k6"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(hold.getAmount()).isEqualByComparingTo("0");
        assertThat(w.getBalance()).isEqualByComparingTo("15");
        assertThat(w.getGiftBalance()).isEqualByComparingTo("5");
        assertThat(w.getFrozen()).isEqualByComparingTo("0");
        assertThat(w.getCreditLimit()).isEqualByComparingTo("0");
    }

    @Test
    void creditLetsPrincipalGoNegativeOnlyWithinTheLimit() throws Exception {
        Wallet w = persisted(AccountType.FLEET);
        w.grantCredit(new BigDecimal("100"));
        w.recharge(new BigDecimal("10"), new BigDecimal("5"), "RECHARGE", "P1", "k1");
        assertThat(w.available()).isEqualByComparingTo("115");
        WalletLedgerEntry d = w.debit(new BigDecimal("60"), Wallet.ORDER_REF, "O1", null, "k2");
        assertThat(d.getPrincipalAfter()).isEqualByComparingTo("-45"); // 10 principal, 5 gift, 45 credit
        assertThat(d.getGiftAfter()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> w.debit(new BigDecimal("55.0001"), Wallet.ORDER_REF, "O2", null, "k3"))
                .isInstanceOf(InsufficientBalanceException.class);
        w.debit(new BigDecimal("55"), Wallet.ORDER_REF, "O2", null, "k4");
        assertThat(w.principal()).isEqualByComparingTo("-100");
        assertThat(w.available()).isEqualByComparingTo("0");
        // nothing to refund while in credit; the credit line cannot be cut below what is used
        assertThatThrownBy(() -> w.refund(new BigDecimal("1"), "REFUND", "F1", "k5"))
                .isInstanceOf(InsufficientBalanceException.class);
        assertThatThrownBy(() -> w.grantCredit(new BigDecimal("99.9999"))).isInstanceOf(WalletException.class);
    }

    @Test
    void adjustmentNeedsOperatorAndReason() throws Exception {
        Wallet w = persisted(AccountType.PERSONAL);
        assertThatThrownBy(() -> w.adjust(BigDecimal.ONE, null, null, "why", "k1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.adjust(BigDecimal.ONE, null, "admin", " ", "k1"))
                .isInstanceOf(IllegalArgumentException.class);
        WalletLedgerEntry e = w.adjust(new BigDecimal("3"), new BigDecimal("2"), "admin", "补偿", "k1");
        assertThat(e.getEntryType()).isEqualTo(LedgerEntryType.ADJUSTMENT);
        assertThat(e.getAdjustedBy()).isEqualTo("admin");
        assertThat(e.getRemark()).isEqualTo("补偿");
        assertThat(e.getAmount()).isEqualByComparingTo("5");
        assertThat(e.getGiftAmount()).isEqualByComparingTo("2");
    }
}
