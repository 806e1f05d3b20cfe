package io.chargeops.core.wallet;

import java.math.BigDecimal;
import java.time.Instant;

/** One ledger entry as the API and console show it (账单明细). */
public record LedgerLine(Long id, LedgerEntryType type, BigDecimal amount, BigDecimal giftAmount, BigDecimal frozenAmount,
                         BigDecimal balanceAfter, BigDecimal frozenAfter, String refType, String refId, String remark,
                         Instant at) {

    static LedgerLine of(WalletLedgerEntry e) {
        return new LedgerLine(e.getId(), e.getEntryType(), e.getAmount(), e.getGiftAmount(), e.getFrozenAmount(),
                e.getBalanceAfter(), e.getFrozenAfter(), e.getRefType(), e.getRefId(), e.getRemark(), e.getCreatedAt());
    }
}
