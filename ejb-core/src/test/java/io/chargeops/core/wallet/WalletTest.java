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
}
