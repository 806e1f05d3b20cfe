package io.chargeops.core.identity;

import java.util.Set;

/**
 * A console account whose password was just verified: who it is, which merchant it belongs to (null = platform user)
 * and its role codes, which are the group names Jakarta Security hands to the console. {@code mayOperate} says whether
 * one of its roles is an operating role (config {@code chargeops.admin-api.roles}), i.e. whether it may use the ops API.
 */
public record ConsoleCaller(String loginPhone, String displayName, Long merchantId, Set<String> roles,
                            boolean mayOperate) {

    public ConsoleCaller {
        roles = Set.copyOf(roles);
    }

    public boolean isPlatformUser() {
        return merchantId == null;
    }
}
