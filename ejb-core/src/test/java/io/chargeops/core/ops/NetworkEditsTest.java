package io.chargeops.core.ops;

import static io.chargeops.core.ops.PileOpsTest.ACTOR;
import static io.chargeops.core.ops.PileOpsTest.DC;
import static io.chargeops.core.ops.TariffOpsTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.core.persistence.DataScope;
import io.chargeops.core.pile.GunState;
import io.chargeops.core.pile.ManufacturerView;
import io.chargeops.core.pile.NewPile;
import io.chargeops.core.pile.PileCatalogue;
import io.chargeops.core.pile.PileEdit;
import io.chargeops.core.pile.PileModelView;
import io.chargeops.core.pile.PileProtocol;
import io.chargeops.core.pile.PileStatus;
import io.chargeops.core.pile.PileType;
import io.chargeops.core.pile.PileView;
import io.chargeops.core.station.CoordinateSystem;
import io.chargeops.core.station.StationChanged;
import io.chargeops.core.station.StationEdit;
import io.chargeops.core.station.StationStatus;
import io.chargeops.core.station.StationType;
import io.chargeops.core.station.StationView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Station edits, the pile catalogue, pile edits and unbinding (解绑) against the demo database. */
class NetworkEditsTest {

    OpsWorld world;

    @BeforeEach
    void setUp() {
        world = new OpsWorld();
    }

    @AfterEach
    void tearDown() {
        DataScope.clear();
        world.close();
    }

    @Test
    void stationEditChangesEveryDetailAndIsAnnounced() {
        StationView before = world.tx(() -> world.stations.find(1L).orElseThrow());
        StationEdit edit = new StationEdit("鼓楼示范站（改）", "江苏省南京市鼓楼区中山北路2号", "320000", "320100", "320106",
                new BigDecimal("118.7790000"), new BigDecimal("32.0670000"), CoordinateSystem.WGS84, StationType.DEDICATED,
                StationStatus.SUSPENDED, "08:00-22:00", "025-80000009", "前两小时免费", 42, "B2 层 C 区");
        StationView after = world.tx(() -> world.stations.update(1L, edit, ACTOR));

        assertThat(after.stationCode()).isEqualTo(before.stationCode());
        assertThat(after.merchantId()).isEqualTo(before.merchantId());
        StationView read = world.tx(() -> world.stations.find(1L).orElseThrow());
        assertThat(read).extracting(StationView::name, StationView::districtCode, StationView::coordinateSystem,
                        StationView::stationType, StationView::status, StationView::openingHours, StationView::parkingSpaces,
                        StationView::siteGuide)
                .containsExactly("鼓楼示范站（改）", "320106", CoordinateSystem.WGS84, StationType.DEDICATED,
                        StationStatus.SUSPENDED, "08:00-22:00", 42, "B2 层 C 区");
        assertThat(read.longitude()).isEqualByComparingTo("118.779");
        assertThat(world.stationChanges.fired).extracting(StationChanged::stationId, StationChanged::what)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "edited"));
        assertThat(world.tx(() -> world.stations.search("改", null, null))).extracting(StationView::id).containsExactly(1L);
        assertThat(world.tx(() -> world.stations.search(null, StationStatus.OPERATING, null)))
                .extracting(StationView::id).doesNotContain(1L);
    }

    @Test
    void badStationEditIsRefusedAndChangesNothing() {
        StationView before = world.tx(() -> world.stations.find(1L).orElseThrow());
        StationEdit blankName = new StationEdit(" ", before.address(), before.provinceCode(), before.cityCode(),
                before.districtCode(), before.longitude(), before.latitude(), before.coordinateSystem(), before.stationType(),
                before.status(), null, null, null, null, null);
        assertRefused(() -> world.tx(() -> world.stations.update(1L, blankName, ACTOR)), "invalid-station");
        StationEdit offGlobe = new StationEdit("x", before.address(), before.provinceCode(), before.cityCode(),
                before.districtCode(), new BigDecimal("181"), before.latitude(), before.coordinateSystem(),
                before.stationType(), before.status(), null, null, null, null, null);
        assertRefused(() -> world.tx(() -> world.stations.update(1L, offGlobe, ACTOR)), "invalid-station");
        assertRefused(() -> world.tx(() -> world.stations.update(999L, StationEdit.of(before), ACTOR)), "unknown-station");
        assertThat(world.tx(() -> world.stations.find(1L).orElseThrow()).name()).isEqualTo(before.name());
        assertThat(world.stationChanges.fired).isEmpty();
    }

    @Test
    void catalogueIsWrittenByPlatformAccountsOnlyAndNamesAreUnique() {
        ManufacturerView maker = world.tx(() -> world.catalogue.createManufacturer(
                new PileCatalogue.ManufacturerForm("测试电气", "张工", "13000000000", null), ACTOR));
        PileModelView model = world.tx(() -> world.catalogue.createModel(new PileCatalogue.ModelForm(maker.id(), "T-DC60-2",
                PileType.DC, new BigDecimal("60"), 2, PileProtocol.YKC_1_6, null), ACTOR));
        assertThat(model.label()).isEqualTo("测试电气 T-DC60-2 · DC 60.00 kW × 2");
        assertRefused(() -> world.tx(() -> world.catalogue.createManufacturer(
                new PileCatalogue.ManufacturerForm("测试电气", null, null, null), ACTOR)), "manufacturer-exists");
        assertRefused(() -> world.tx(() -> world.catalogue.createModel(new PileCatalogue.ModelForm(maker.id(), "T-DC60-2",
                PileType.DC, new BigDecimal("60"), 2, PileProtocol.YKC_1_6, null), ACTOR)), "model-exists");
        assertThat(world.tx(() -> world.operationLog.search(new io.chargeops.core.audit.OperationLog.Filter(null, null, null,
                null, null), 0, 10))).extracting(io.chargeops.core.audit.OperationLog.Row::action)
                .contains("manufacturer.create", "pile-model.create");
        assertRefused(() -> world.tx(() -> world.catalogue.createModel(new PileCatalogue.ModelForm(maker.id(), "T-0",
                PileType.DC, BigDecimal.ZERO, 2, PileProtocol.YKC_1_6, null), ACTOR)), "invalid-model");

        DataScope.enter(DataScope.of(2L));
        assertRefused(() -> world.tx(() -> world.catalogue.createManufacturer(
                new PileCatalogue.ManufacturerForm("加盟商自建", null, null, null), ACTOR)), "catalogue-platform-only");
        DataScope.clear();
        assertThat(world.tx(() -> world.catalogue.manufacturers())).extracting(ManufacturerView::name)
                .contains("测试电气").doesNotContain("加盟商自建");
    }

    @Test
    void pileTakesAModelOfItsKindOnly() {
        PileModelView dc2 = world.tx(() -> world.catalogue.model(1L).orElseThrow()); // S006: JL-DC120-2
        PileModelView ac1 = world.tx(() -> world.catalogue.model(2L).orElseThrow());
        assertRefused(() -> world.tx(() -> world.piles.update(DC, new PileEdit("1号桩", ac1.id(), null, null, null), ACTOR)),
                "model-mismatch");
        PileView edited = world.tx(() -> world.piles.update(DC, new PileEdit("1号快充桩", dc2.id(), null, null, null), ACTOR));
        assertThat(edited).extracting(PileView::pileName, PileView::pileModelId, PileView::manufacturer, PileView::model)
                .containsExactly("1号快充桩", dc2.id(), "金陵电气", "JL-DC120-2");
        assertThat(edited.ratedPowerKw()).isEqualByComparingTo("120");
        assertRefused(() -> world.tx(() -> world.piles.update(DC, new PileEdit(null, null, new BigDecimal("-1"), null, null),
                ACTOR)), "invalid-pile");
    }

    @Test
    void pileIsUnboundOnlyWhileNothingChargesAndCanBeOnboardedAgainWithTheSameGunCodes() {
        PileView before = world.tx(() -> world.piles.pile(DC).orElseThrow());
        world.online(DC);
        world.live.changeGun(DC, 1, s -> GunState.CHARGING, Instant.now());
        assertRefused(() -> world.tx(() -> world.piles.unbind(DC, ACTOR)), "pile-in-use");
        assertThat(world.tx(() -> world.piles.pile(DC).orElseThrow()).status()).isEqualTo(PileStatus.ACTIVE);

        world.live.changeGun(DC, 1, s -> GunState.IDLE, Instant.now());
        PileView free = world.tx(() -> world.piles.unbind(DC, ACTOR));
        assertThat(free).extracting(PileView::status, PileView::merchantId, PileView::stationId, PileView::tariffTemplateId)
                .containsExactly(PileStatus.FREE, null, null, null);
        assertThat(free.guns()).isEmpty();
        assertThat(world.tx(() -> world.piles.freePiles())).extracting(PileView::pileCode).contains(DC);
        assertThat(world.live.gunState(DC, 1)).isEmpty();
        assertThat(world.stationChanges.fired).extracting(StationChanged::what).containsExactly("pile " + DC + " unbound");
        assertRefused(() -> world.tx(() -> world.piles.unbind(DC, ACTOR)), "pile-is-free");

        PileView again = world.tx(() -> world.piles.onboard(DC, new NewPile(null, 2L, null, null, null, null, null, null,
                null), ACTOR));
        assertThat(again.guns()).extracting(g -> g.gunCode())
                .containsExactlyElementsOf(before.guns().stream().map(g -> g.gunCode()).toList());
        assertThat(again.stationId()).isEqualTo(2L);
        assertThat(Map.of("status", again.status())).containsEntry("status", PileStatus.ACTIVE);
    }
}
