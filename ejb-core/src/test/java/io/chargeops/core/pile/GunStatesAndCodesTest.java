package io.chargeops.core.pile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.pile.protocol.ykc.types.GunHealth;
import io.chargeops.pile.protocol.ykc.types.GunStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GunStatesAndCodesTest {

    @Test
    void realTimeStatusMapsToGunState() {
        assertThat(GunStates.fromRealTimeData(PileServiceTest.realTime("32010600000001", 1, GunStatus.IDLE, false))).isEqualTo(GunState.IDLE);
        assertThat(GunStates.fromRealTimeData(PileServiceTest.realTime("32010600000001", 1, GunStatus.IDLE, true))).isEqualTo(GunState.OCCUPIED);
        assertThat(GunStates.fromRealTimeData(PileServiceTest.realTime("32010600000001", 1, GunStatus.CHARGING, true))).isEqualTo(GunState.CHARGING);
        assertThat(GunStates.fromRealTimeData(PileServiceTest.realTime("32010600000001", 1, GunStatus.FAULT, false))).isEqualTo(GunState.FAULT);
    }

    @Test
    void normalHeartbeatRevivesButNeverOverridesWhatRealTimeDataSaid() {
        assertThat(GunStates.afterHeartbeat(GunState.OFFLINE, GunHealth.NORMAL)).isEqualTo(GunState.IDLE);
        assertThat(GunStates.afterHeartbeat(GunState.FAULT, GunHealth.NORMAL)).isEqualTo(GunState.IDLE);
        assertThat(GunStates.afterHeartbeat(GunState.CHARGING, GunHealth.NORMAL)).isEqualTo(GunState.CHARGING);
        assertThat(GunStates.afterHeartbeat(GunState.OCCUPIED, GunHealth.FAULT)).isEqualTo(GunState.FAULT);
    }

    @Test
    void gunCodeIsSixteenDigits() {
        assertThat(GunCode.parse("3201060000000102")).isEqualTo(new GunCode("32010600000001", 2));
        assertThatThrownBy(() -> GunCode.parse("320106000000010")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GunCode.parse("32010600000001AB")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GunCode.parse("3201060000000100")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void liveStateIgnoresGunsAndPilesItDoesNotKnow() {
        LivePiles live = new LivePiles();
        assertThat(live.changeGun("32010600000001", 1, s -> GunState.IDLE, Instant.now())).isEmpty();
        live.online("32010600000001", "c1", Map.of(1, GunState.OFFLINE), Instant.now());
        assertThat(live.changeGun("32010600000001", 7, s -> GunState.IDLE, Instant.now())).isEmpty();
        assertThat(live.changeGun("32010600000001", 1, s -> GunState.IDLE, Instant.now())).isPresent();
        assertThat(live.frameRejected("99999999999999")).isZero();
    }
}
