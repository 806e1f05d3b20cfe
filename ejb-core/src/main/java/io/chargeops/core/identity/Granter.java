package io.chargeops.core.identity;

import io.chargeops.core.RefusedException;
import java.util.Set;

/** The signed-in account administering others: its merchant (null = platform), type and effective permissions. */
record Granter(String phone, Long merchantId, ConsoleAccountType type, Set<String> permissions, boolean platformAdmin) {

    static Granter of(ConsoleUser user, Set<String> permissions, Set<String> roleCodes) {
        return new Granter(user.getLoginPhone(), user.getMerchantId(), user.getAccountType(), Set.copyOf(permissions),
                user.isPlatformUser() && roleCodes.contains(ConsoleRole.PLATFORM_ADMIN));
    }

    boolean isPlatform() {
        return merchantId == null;
    }

    /** Refuses (422 {@code permission-not-held}) unless the account holds {@code permission}. */
    void require(String permission) {
        if (!permissions.contains(permission)) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "permission-not-held",
                    "Account " + phone + " does not hold " + permission);
        }
    }

    /** A merchant's administrator acts within its own merchant only; another merchant's record is "not found". */
    void requireOwn(Long recordMerchantId, String what) {
        if (!isPlatform() && !merchantId.equals(recordMerchantId)) {
            throw new RefusedException(RefusedException.Kind.NOT_FOUND, "unknown-" + what, "No such " + what);
        }
    }
}
