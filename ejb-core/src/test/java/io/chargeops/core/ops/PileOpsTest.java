package io.chargeops.core.ops;

import static io.chargeops.core.ops.TariffOpsTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.pile.ConnectorType;
import io.chargeops.core.pile.GunCode;
import io.chargeops.core.pile.GunState;
import io.chargeops.core.pile.NewPile;
import io.chargeops.core.pile.PileCommandFailedException;
import io.chargeops.core.pile.PileCommandResult;
import io.chargeops.core.pile.PileCommandView;
import io.chargeops.core.pile.PileCommands;
import io.chargeops.core.pile.PileRecords;
import io.chargeops.core.pile.PileStatus;
import io.chargeops.core.pile.PileType;
import io.chargeops.core.pile.PileView;
import io.chargeops.core.station.CoordinateSystem;
import io.chargeops.core.station.NewStation;
import io.chargeops.core.station.StationStatus;
import io.chargeops.core.station.StationType;
import io.chargeops.core.station.StationView;
import io.chargeops.pile.protocol.ykc.message.GroundLockCommand;
import io.chargeops.pile.protocol.ykc.message.RealTimeData;
import io.chargeops.pile.protocol.ykc.message.UpdateRequest;
import io.chargeops.pile.protocol.ykc.message.WorkingParamsRequest;
import io.chargeops.pile.protocol.ykc.types.ExecutionControl;
import io.chargeops.pile.protocol.ykc.types.LockCommand;
import io.chargeops.pile.protocol.ykc.types.UpdateStatus;
import io.chargeops.pile.protocol.ykc.types.UpgradePileModel;
import io.chargeops.pile.protocol.ykc.types.WorkPermission;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stations, piles, free-pile onboarding and the pile operations with their command log. */
class PileOpsTest {

    static final String ACTOR = "operator:13900000000";
    static final String DC = "32010600000001";

    OpsWorld world;

    @BeforeEach
    void setUp() {
        world = new OpsWorld();
    }

    @AfterEach
    void tearDown() {
        world.close();
    }

    @Test
    void stationOpensAndItsPilesGetItsTariff() {
        StationView station = world.tx(() -> world.stations.create(newStation("NJXW0001", 1L), ACTOR));
        assertThat(station.id()).isNotNull();
        assertThat(world.stationChanges.fired).as("partners hear of the new station")
                .anySatisfy(e -> assertThat(e.stationId()).isEqualTo(station.id()));
        assertThat(station.tariffTemplateId()).isEqualTo(1L);
        assertThat(station.status()).isEqualTo(StationStatus.BUILDING);
        assertThat(station.longitude()).isEqualByComparingTo("118.7969000");
        assertThat(world.tx(() -> world.stations.list(1L))).hasSize(3);

        PileView pile = world.tx(() -> world.piles.register(new NewPile("32010600000099", station.id(), PileType.DC, 2,
                new BigDecimal("60"), "示范电气", "DC60-2", null, null), ACTOR));
        assertThat(pile.status()).isEqualTo(PileStatus.ACTIVE);
        assertThat(pile.tariffTemplateId()).isEqualTo(1L);
        assertThat(pile.guns()).extracting(g -> g.gunCode()).containsExactly("3201060000009901", "3201060000009902");
        assertThat(pile.guns()).allSatisfy(g -> {
            assertThat(g.connectorType()).isEqualTo(ConnectorType.GBT_DC);
            assertThat(g.state()).isEqualTo(GunState.OFFLINE);
        });
        assertThat(world.tx(() -> world.piles.gun(GunCode.parse("3201060000009902")))).isPresent();

        assertRefused(() -> world.tx(() -> world.stations.create(newStation("NJXW0001", 1L), ACTOR)), "station-code-taken");
        assertRefused(() -> world.tx(() -> world.stations.create(newStation("NJXW0002", 42L), ACTOR)), "unknown-merchant");
        assertRefused(() -> world.tx(() -> world.piles.register(new NewPile("32010600000099", station.id(), PileType.DC, 2,
                null, null, null, null, null), ACTOR)), "pile-exists");
        assertRefused(() -> world.tx(() -> world.piles.register(new NewPile("32010600000098", 999L, PileType.DC, 2,
                null, null, null, null, null), ACTOR)), "unknown-station");
        assertRefused(() -> world.tx(() -> world.piles.register(new NewPile("32010600000098", station.id(), PileType.DC, 2,
                null, null, null, 999L, null), ACTOR)), "unknown-tariff");
        assertRefused(() -> world.tx(() -> world.piles.register(new NewPile("32010600000098", station.id(), PileType.DC, 2,
                null, null, null, null, List.of(new NewPile.NewGun(3, ConnectorType.GBT_DC))), ACTOR)), "invalid-pile");
    }

    @Test
    void stationWithoutTariffNeedsOneForItsPiles() {
        StationView bare = world.tx(() -> world.stations.create(newStation("NJXW0003", 1L), ACTOR));
        world.run(() -> world.stations.assignTariff(bare.id(), null));
        assertRefused(() -> world.tx(() -> world.piles.register(new NewPile("32010600000097", bare.id(), PileType.AC, 1,
                null, null, null, null, null), ACTOR)), "no-tariff");
    }

    @Test
    void onboardingWaitsForALoginThatWroteThePileMeanwhile() {
        String code = "32019999000078";
        PileRecords.Reported reported = new PileRecords.Reported(code, PileType.AC, 1, "V1.6", "FW9", "8986", "LAN");
        world.tx(() -> world.records.login(reported, Instant.now()));

        PileView onboarded = world.tx(() -> {
            world.piles.freePiles(); // the operator's transaction has read the free pile...
            // ...when the pile's retried login writes its row in another transaction (CI: 500 OptimisticLockException)
            world.db.inTransaction((jakarta.persistence.EntityManager other) -> {
                other.createNativeQuery("UPDATE pile SET firmware_version = 'FW10', row_version = row_version + 1"
                        + " WHERE pile_code = '" + code + "'").executeUpdate();
            });
            return world.piles.onboard(code, new NewPile(null, 2L, null, null, new BigDecimal("7"), "某厂", "AC7", null, null),
                    ACTOR);
        });
        assertThat(onboarded.status()).isEqualTo(PileStatus.ACTIVE);
        assertThat(onboarded.firmwareVersion()).isEqualTo("FW10");
    }

    @Test
    void freePileIsOnboardedAndItsNextLoginIsAccepted() {
        String code = "32019999000077";
        PileRecords.Reported reported = new PileRecords.Reported(code, PileType.AC, 1, "V1.6", "FW9", "8986", "LAN");
        assertThat(world.tx(() -> world.records.login(reported, Instant.now())).accepted()).isFalse();
        assertThat(world.tx(() -> world.piles.freePiles())).singleElement().satisfies(p -> {
            assertThat(p.pileCode()).isEqualTo(code);
            assertThat(p.firmwareVersion()).isEqualTo("FW9");
            assertThat(p.guns()).isEmpty();
        });

        PileView onboarded = world.tx(() -> world.piles.onboard(code, new NewPile(null, 2L, null, null,
                new BigDecimal("7"), "某厂", "AC7", null, null), ACTOR));
        assertThat(onboarded.status()).isEqualTo(PileStatus.ACTIVE);
        assertThat(onboarded.stationId()).isEqualTo(2L);
        assertThat(onboarded.merchantId()).isEqualTo(1L);
        assertThat(onboarded.tariffTemplateId()).isEqualTo(1L);
        assertThat(onboarded.guns()).singleElement().satisfies(g -> {
            assertThat(g.gunCode()).isEqualTo(code + "01");
            assertThat(g.connectorType()).isEqualTo(ConnectorType.GBT_AC);
        });
        assertThat(world.tx(() -> world.piles.freePiles())).isEmpty();

        PileRecords.LoginDecision next = world.tx(() -> world.records.login(reported, Instant.now()));
        assertThat(next.accepted()).isTrue();
        assertThat(next.guns()).containsKey(1);

        assertRefused(() -> world.tx(() -> world.piles.onboard(code, new NewPile(null, 2L, null, null, null, null, null,
                null, null), ACTOR)), "pile-not-free");
        assertRefused(() -> world.tx(() -> world.piles.onboard("32019999000078", new NewPile(null, 2L, null, null, null,
                null, null, null, null), ACTOR)), "unknown-pile");
    }

    @Test
    void everyOperationIsRecordedWithThePilesAnswer() {
        world.online(DC);
        assertThat(world.commands.workingParameters(DC, WorkPermission.LOCKED, 60, ACTOR)).isTrue();
        assertThat(world.commands.groundLock(DC, 1, LockCommand.LOWER, ACTOR)).isTrue();
        RealTimeData data = world.commands.readRealTimeData(DC, 2, ACTOR);
        assertThat(data.gunNo()).isEqualTo(2);
        UpdateStatus status = world.commands.update(DC, new PileCommands.FirmwareUpdate(UpgradePileModel.DC, 120,
                "10.0.0.8", 21, "ftp", "secret-pw", "/fw/dc120.bin", ExecutionControl.WHEN_IDLE, 1), ACTOR);
        assertThat(status).isEqualTo(UpdateStatus.DOWNLOAD_TIMEOUT);
        assertThat(world.commands.reboot(DC, ExecutionControl.IMMEDIATELY, ACTOR)).isTrue();

        assertThat(world.gateway.sent(WorkingParamsRequest.class)).singleElement()
                .satisfies(r -> assertThat(r.maxOutputPercent()).isEqualTo(60));
        assertThat(world.gateway.sent(GroundLockCommand.class)).singleElement()
                .satisfies(r -> assertThat(r.command()).isEqualTo(LockCommand.LOWER));
        assertThat(world.gateway.sent(UpdateRequest.class)).singleElement()
                .satisfies(r -> assertThat(r.filePath()).isEqualTo("/fw/dc120.bin"));

        List<PileCommandView> log = world.tx(() -> world.commandLog.history(DC, 10));
        assertThat(log).extracting(PileCommandView::commandType)
                .containsExactly("REBOOT", "UPDATE", "READ_REAL_TIME_DATA", "GROUND_LOCK", "WORKING_PARAMETERS");
        assertThat(log).allSatisfy(c -> {
            assertThat(c.result()).isEqualTo(PileCommandResult.ANSWERED);
            assertThat(c.actor()).isEqualTo(ACTOR);
            assertThat(c.answer()).isNotBlank();
        });
        assertThat(log).extracting(PileCommandView::frameType).containsExactly("0x92", "0x94", "0x12", "0x62", "0x52");
        assertThat(log.get(1).payload()).doesNotContain("secret-pw");
        assertThat(log.get(2).gunNo()).isEqualTo(2);

        assertThatThrownBy(() -> world.commands.workingParameters(DC, WorkPermission.ALLOWED, 20, ACTOR))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dailyTimeSyncReachesEveryOnlinePileAndRecordsEachAnswer() {
        world.online(DC);
        world.live.online("32010600000002", "conn-2", java.util.Map.of(1, GunState.IDLE), Instant.now());
        world.gateway.silent.add("32010600000002");
        world.gateway.online.add("32010600000002");

        assertThat(world.daily.syncAll()).isEqualTo(1);

        assertThat(world.tx(() -> world.commandLog.history(DC, 5))).singleElement().satisfies(c -> {
            assertThat(c.commandType()).isEqualTo("TIME_SYNC");
            assertThat(c.actor()).isEqualTo("system:daily-time-sync");
            assertThat(c.result()).isEqualTo(PileCommandResult.ANSWERED);
        });
        assertThat(world.tx(() -> world.commandLog.history("32010600000002", 5))).singleElement()
                .satisfies(c -> assertThat(c.result()).isEqualTo(PileCommandResult.TIMEOUT));
    }

    @Test
    void offlinePileCommandFailsAsOffline() {
        assertThatThrownBy(() -> world.commands.groundLock(DC, 1, LockCommand.RAISE, ACTOR))
                .isInstanceOfSatisfying(PileCommandFailedException.class,
                        e -> assertThat(e.result()).isEqualTo(PileCommandResult.OFFLINE));
    }

    static NewStation newStation(String code, Long merchantId) {
        return new NewStation(merchantId, code, "南京新街口示范站", "江苏省南京市秦淮区中山南路1号", "320000", "320100", "320104",
                new BigDecimal("118.7969"), new BigDecimal("32.0415"), CoordinateSystem.GCJ02, StationType.PUBLIC, null,
                "00:00-24:00", "025-80000003", null, 1L);
    }
}
