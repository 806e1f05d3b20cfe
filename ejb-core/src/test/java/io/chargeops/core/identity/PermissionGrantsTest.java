package io.chargeops.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.RefusedException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may hand out which console permission, without a database. */
class PermissionGrantsTest {

    @Test
    void aGrantCarriesTheParentsOfItsButtonsAndPages() {
        assertThat(PermissionGrants.completed(Set.of("orders:export", "piles")))
                .containsExactlyInAnyOrder("orders:export", "orders", "piles", "network");
        assertThat(PermissionGrants.completed(Set.of("roles:edit"))).containsExactlyInAnyOrder("roles:edit", "roles", "system");
        assertThat(PermissionGrants.completed(Set.of())).isEmpty();
    }

    @Test
    void unknownCodesAreRefused() {
        assertThatThrownBy(() -> PermissionGrants.completed(Set.of("orders", "orders:delete-everything")))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown-permission");
                    assertThat(e.getMessage()).contains("orders:delete-everything");
                });
    }

    @Test
    void nobodyGrantsWhatItDoesNotHold() {
        Set<String> merchantAdmin = Set.of("dashboard", "orders", "orders:export", "roles", "roles:edit", "system");
        PermissionGrants.requireHeld(merchantAdmin, Set.of("dashboard", "orders"), "Role X");
        assertThatThrownBy(() -> PermissionGrants.requireHeld(merchantAdmin, Set.of("orders", "orders:settle", "live"), "Role X"))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("permission-not-held");
                    assertThat(e.kind()).isEqualTo(RefusedException.Kind.UNPROCESSABLE);
                    assertThat(e.getMessage()).contains("[live, orders:settle]");
                });
    }

    @Test
    void merchantsNeverHoldPlatformScreensAndChannelsAdministerNothing() {
        Set<String> granted = Set.of("dashboard", "users", "refunds:decide", "accounts", "accounts:edit", "roles", "oplog");
        assertThat(PermissionGrants.effective(granted, ConsoleAccountType.PLATFORM)).isEqualTo(granted);
        assertThat(PermissionGrants.effective(granted, ConsoleAccountType.MERCHANT))
                .containsExactlyInAnyOrder("dashboard", "accounts", "accounts:edit", "roles", "oplog");
        assertThat(PermissionGrants.effective(granted, ConsoleAccountType.CHANNEL)).containsExactlyInAnyOrder("dashboard", "oplog");
    }

    @Test
    void theMerchantAdministratorsDefaultsAreAMerchantsToHold() {
        Set<String> defaults = ConsoleMenus.grantsOf(ConsoleRole.MERCHANT_ADMIN, Set.of());
        assertThat(PermissionGrants.effective(defaults, ConsoleAccountType.MERCHANT)).isEqualTo(defaults);
        assertThat(defaults).contains("accounts:edit", "roles:edit", "oplog", "signins");
        assertThat(ConsoleMenus.grantsOf(ConsoleRole.PLATFORM_ADMIN, Set.of("orders"))).hasSize(ConsoleMenus.CATALOGUE.size());
        assertThat(ConsoleMenus.grantsOf("OPERATOR", Set.of("orders"))).containsExactly("orders");
    }
}
