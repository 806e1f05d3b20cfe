package io.chargeops.core.persistence;

import java.io.Serializable;
import java.util.Objects;

/**
 * Whose data a caller may see (数据权限): every merchant's ({@link #ALL}: platform accounts, pile messages, timers) or
 * one merchant's (a merchant or franchisee account). The request's scope is held per thread, set where a caller is
 * authenticated (ops API filter, console filter) and read by {@link DataScopeCriteria} when a persistence context
 * starts, so every query of that request is scoped without the services doing anything.
 */
public record DataScope(long merchantId) implements Serializable {

    public static final DataScope ALL = new DataScope(0);

    /** No merchant has this id (ids come from sequences starting at 1): sees no merchant's rows. */
    public static final DataScope NOTHING = new DataScope(Long.MAX_VALUE);

    private static final ThreadLocal<DataScope> CURRENT = new ThreadLocal<>();

    public DataScope {
        if (merchantId < 0) {
            throw new IllegalArgumentException("merchant id " + merchantId);
        }
    }

    /** The scope of a console account: its merchant's, or all for a platform account (no merchant). */
    public static DataScope of(Long merchantId) {
        return merchantId == null ? ALL : new DataScope(merchantId);
    }

    public boolean isAll() {
        return merchantId == 0;
    }

    /** This thread's scope; {@link #ALL} where nobody set one (container threads of piles, timers, JMS). */
    public static DataScope current() {
        DataScope scope = CURRENT.get();
        return scope == null ? ALL : scope;
    }

    /** Sets this thread's scope for the current request; {@link #clear()} when the request ends. */
    public static void enter(DataScope scope) {
        CURRENT.set(Objects.requireNonNull(scope, "scope"));
    }

    public static void clear() {
        CURRENT.remove();
    }
}
