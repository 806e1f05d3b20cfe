package io.chargeops.core.pile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PileTest {

    @Test
    void pileCodeIsFourteenDigits() {
        assertThatThrownBy(() -> Pile.registered(1L, 1L, "3201060000001", PileType.DC, BigDecimal.TEN, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pile.free("3201060000000A", PileType.DC, 1, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gunCodeIsPileCodePlusTwoDigitNumber() {
        Pile pile = Pile.registered(1L, 1L, "32010600000001", PileType.DC, new BigDecimal("120"), 2);
        assertThat(pile.addGun(1, ConnectorType.GBT_DC).getGunCode()).isEqualTo("3201060000000101");
        assertThat(pile.addGun(12, ConnectorType.GBT_DC).getGunCode()).isEqualTo("3201060000000112");
        assertThatThrownBy(() -> pile.addGun(1, ConnectorType.GBT_DC)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void freePileHasNoGunsUntilOnboarded() {
        Pile pile = Pile.free("32010600000003", PileType.AC, 1, "V1.6", "1.0", "8986");
        assertThat(pile.getStatus()).isEqualTo(PileStatus.FREE);
        assertThatThrownBy(() -> pile.addGun(1, ConnectorType.GBT_AC)).isInstanceOf(IllegalStateException.class);
        pile.onboard(7L, 8L, 9L);
        assertThat(pile.getStatus()).isEqualTo(PileStatus.ACTIVE);
        assertThat(pile.addGun(1, ConnectorType.GBT_AC).getMerchantId()).isEqualTo(7L);
        assertThatThrownBy(() -> pile.onboard(7L, 8L, 9L)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pile.setStatus(PileStatus.FREE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gunStateChangeReportsWhetherTheRowNeedsWriting() {
        Pile pile = Pile.registered(1L, 1L, "32010600000001", PileType.DC, BigDecimal.TEN, 1);
        Gun gun = pile.addGun(1, ConnectorType.GBT_DC);
        assertThat(gun.changeState(GunState.OFFLINE, java.time.Instant.EPOCH)).isFalse();
        assertThat(gun.changeState(GunState.IDLE, java.time.Instant.EPOCH)).isTrue();
        assertThat(gun.getStateChangedAt()).isEqualTo(java.time.Instant.EPOCH);
    }
}
