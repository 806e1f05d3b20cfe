package io.chargeops.core.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.RefusedException;
import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.TariffIssueResult;
import io.chargeops.core.tariff.TariffIssueTrigger;
import io.chargeops.core.tariff.TariffIssueView;
import io.chargeops.core.tariff.TariffPrices;
import io.chargeops.core.tariff.TariffVersionView;
import io.chargeops.core.tariff.TariffView;
import io.chargeops.pile.protocol.ykc.message.BillingModel;
import io.chargeops.pile.protocol.ykc.message.BillingModelSetRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Templates, versions with their own model numbers, assignment, and the push (0x58) with each pile's result. */
class TariffOpsTest {

    static final String DC = "32010600000001";
    static final String AC = "32010600000002";
    static final String ACTOR = "operator:13900000000";

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
    void newTemplateGetsTheNextModelNumberAndIsInForceAtOnce() {
        TariffView t = world.tx(() -> world.tariffs.create(1L, "夜间优惠", null, Prices.demoPlus("0"), ACTOR));

        assertThat(t.modelNo()).isEqualTo("0002");
        assertThat(t.versionInForce()).isEqualTo(1);
        TariffVersionView v1 = t.versions().get(0);
        assertThat(v1.modelNo()).isEqualTo("0002");
        assertThat(v1.activatedAt()).isNotNull();
        assertThat(v1.slots()).hasSize(48);
        assertThat(v1.rates()).extracting(TariffVersionView.RateView::electricityFee)
                .containsExactly(new BigDecimal("1.18520"), new BigDecimal("1.02540"), new BigDecimal("0.62310"),
                        new BigDecimal("0.28560"));
        assertThat(world.timers).isEmpty();
    }

    @Test
    void versionInForceNowIsPushedToOnlinePilesOnceAndEachResultIsRecorded() {
        world.online(DC);
        TariffVersionView v2 = world.tx(() -> world.tariffs.addVersion(1L, null, Prices.demoPlus("0.1"), ACTOR));
        assertThat(v2.versionNo()).isEqualTo(2);
        assertThat(v2.modelNo()).isNotEqualTo("0001").matches("\\d{4}");
        assertThat(v2.inForce()).isTrue();
        assertThat(world.timers).singleElement().satisfies(t -> assertThat(t.versionId()).isEqualTo(v2.id()));

        // 0x05/0x09 answer from the new version at once
        BillingModel inForce = world.tx(() -> world.billingModels.inForce(1L, Instant.now()).orElseThrow());
        assertThat(inForce.id().digits()).isEqualTo(v2.modelNo());
        assertThat(inForce.flat().electricity()).isEqualByComparingTo("0.72310");

        world.issues.activate(v2.id()); // the timer fires after the commit
        world.issues.activate(v2.id()); // and the sweep again: nothing more

        assertThat(world.gateway.sent(BillingModelSetRequest.class)).singleElement()
                .satisfies(r -> assertThat(r.model().id().digits()).isEqualTo(v2.modelNo()));
        List<TariffIssueView> results = world.issues.recent(1L, null, 10);
        assertThat(results).extracting(TariffIssueView::pileCode, TariffIssueView::result, TariffIssueView::trigger)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(DC, TariffIssueResult.ACCEPTED, TariffIssueTrigger.VERSION),
                        org.assertj.core.groups.Tuple.tuple(AC, TariffIssueResult.OFFLINE, TariffIssueTrigger.VERSION));
        assertThat(results).allSatisfy(r -> {
            assertThat(r.versionNo()).isEqualTo(2);
            assertThat(r.modelNo()).isEqualTo(v2.modelNo());
        });
        assertThat(world.rows("SELECT c.commandType FROM PileCommandRecord c", String.class)).containsExactly("TARIFF");
    }

    @Test
    void scheduledVersionWaitsForItsInstantThenTheSweepActivatesIt() {
        Instant inOneHour = Instant.now().plus(Duration.ofHours(1));
        TariffVersionView v2 = world.tx(() -> world.tariffs.addVersion(1L, inOneHour, Prices.demoPlus("0.2"), ACTOR));
        assertThat(v2.inForce()).isFalse();
        assertThat(world.timers.get(0).at()).isEqualTo(v2.effectiveFrom());
        assertThat(world.tx(() -> world.billingModels.inForce(1L, Instant.now()).orElseThrow()).id().digits()).isEqualTo("0001");

        world.online(DC);
        world.issues.activateDue();
        assertThat(world.gateway.requests).isEmpty();

        OpsWorld.set(world.issues, "clock", Clock.offset(Clock.systemUTC(), Duration.ofMinutes(61)));
        world.issues.activateDue();
        world.issues.activateDue();
        assertThat(world.gateway.sent(BillingModelSetRequest.class)).singleElement()
                .satisfies(r -> assertThat(r.model().id().digits()).isEqualTo(v2.modelNo()));
        assertThat(world.tx(() -> world.billingModels.inForce(1L, inOneHour.plusSeconds(1)).orElseThrow()).id().digits())
                .isEqualTo(v2.modelNo());
    }

    @Test
    void assigningAStationPutsEveryPileOnTheTemplateAndPushesIt() {
        TariffView t = world.tx(() -> world.tariffs.create(1L, "站点专用", "0100", Prices.demoPlus("0.05"), ACTOR));
        world.online(AC);

        var assignment = world.tx(() -> world.tariffs.assign(t.id(), 1L, null, ACTOR));

        assertThat(assignment.stationWide()).isTrue();
        assertThat(assignment.pileCodes()).containsExactly(DC, AC);
        assertThat(world.tx(() -> world.records.tariffTemplateOf(DC))).contains(t.id());
        assertThat(world.tx(() -> world.stationDirectory.station(1L).orElseThrow().tariffTemplateId())).isEqualTo(t.id());
        OpsWorld.Scheduled job = world.timers.get(0);
        assertThat(job.pileCodes()).containsExactly(DC, AC);

        world.issues.issueToPiles(job.templateId(), job.pileCodes(), job.trigger(), ACTOR);
        assertThat(world.issues.recent(t.id(), AC, 5)).singleElement()
                .satisfies(r -> {
                    assertThat(r.result()).isEqualTo(TariffIssueResult.ACCEPTED);
                    assertThat(r.modelNo()).isEqualTo("0100");
                    assertThat(r.trigger()).isEqualTo(TariffIssueTrigger.ASSIGNMENT);
                });
        assertThat(world.issues.recent(t.id(), DC, 5)).singleElement()
                .satisfies(r -> assertThat(r.result()).isEqualTo(TariffIssueResult.OFFLINE));
    }

    @Test
    void assigningSinglePilesLeavesTheStationAlone() {
        TariffView t = world.tx(() -> world.tariffs.create(1L, "单桩", null, Prices.demoPlus("0"), ACTOR));
        var assignment = world.tx(() -> world.tariffs.assign(t.id(), 1L, List.of(AC), ACTOR));
        assertThat(assignment.stationWide()).isFalse();
        assertThat(world.tx(() -> world.records.tariffTemplateOf(AC))).contains(t.id());
        assertThat(world.tx(() -> world.records.tariffTemplateOf(DC))).contains(1L);
        assertThat(world.tx(() -> world.stationDirectory.station(1L).orElseThrow().tariffTemplateId())).isEqualTo(1L);

        assertRefused(() -> world.tx(() -> world.tariffs.assign(t.id(), 2L, List.of(AC), ACTOR)), "pile-not-at-station");
        assertRefused(() -> world.tx(() -> world.tariffs.assign(t.id(), 1L, List.of("99999999999999"), ACTOR)), "unknown-pile");
        assertRefused(() -> world.tx(() -> world.tariffs.assign(t.id(), 999L, null, ACTOR)), "unknown-station");
        assertRefused(() -> world.tx(() -> world.tariffs.assign(999L, 1L, null, ACTOR)), "unknown-tariff");
    }

    @Test
    void manualPushRecordsRefusalsAndSilence() {
        world.online(DC);
        world.gateway.refusing.add(DC);
        assertThat(world.issues.issueNow(DC, ACTOR).result()).isEqualTo(TariffIssueResult.REJECTED);
        world.gateway.silent.add(DC);
        assertThat(world.issues.issueNow(DC, ACTOR).result()).isEqualTo(TariffIssueResult.TIMEOUT);
        assertThat(world.issues.issueNow(AC, ACTOR).result()).isEqualTo(TariffIssueResult.OFFLINE);
        assertThat(world.rows("SELECT r.result FROM TariffIssueRecord r", TariffIssueResult.class)).hasSize(3)
                .doesNotContain(TariffIssueResult.PENDING);
        assertRefused(() -> world.issues.issueNow("99999999999999", ACTOR), "unknown-pile");
    }

    @Test
    void badTariffsAreRefusedAndNothingIsWritten() {
        Map<RateType, TariffPrices.Rate> threeRates = new HashMap<>(Prices.demoPlus("0").rates());
        threeRates.remove(RateType.SHARP);
        assertRefused(() -> world.tx(() -> world.tariffs.create(1L, "x", null,
                new TariffPrices(threeRates, Prices.demoPlus("0").slots()), ACTOR)), "invalid-tariff");
        assertRefused(() -> world.tx(() -> world.tariffs.addVersion(1L, null, Prices.demoPlus("0.000001"), ACTOR)),
                "invalid-tariff");
        assertRefused(() -> world.tx(() -> world.tariffs.addVersion(1L, null, Prices.demoPlus("-2"), ACTOR)), "invalid-tariff");
        assertRefused(() -> world.tx(() -> world.tariffs.addVersion(1L, null,
                new TariffPrices(Prices.demoPlus("0").rates(), Prices.demoPlus("0").slots().subList(0, 47)), ACTOR)),
                "invalid-tariff");
        assertRefused(() -> world.tx(() -> world.tariffs.addVersion(1L, Instant.now().minus(Duration.ofHours(1)),
                Prices.demoPlus("0"), ACTOR)), "effective-from-in-past");
        assertRefused(() -> world.tx(() -> world.tariffs.create(1L, "x", "0001", Prices.demoPlus("0"), ACTOR)), "model-no-taken");
        assertRefused(() -> world.tx(() -> world.tariffs.create(77L, "x", null, Prices.demoPlus("0"), ACTOR)), "unknown-merchant");
        assertRefused(() -> world.tx(() -> world.tariffs.addVersion(999L, null, Prices.demoPlus("0"), ACTOR)), "unknown-tariff");

        assertThat(world.rows("SELECT COUNT(t) FROM TariffTemplate t", Long.class)).containsExactly(2L); // the seed's two
        assertThat(world.rows("SELECT COUNT(v) FROM TariffTemplateVersion v", Long.class)).containsExactly(2L);
        assertThat(world.rows("SELECT COUNT(r) FROM TariffIssueRecord r", Long.class)).containsExactly(0L);
    }

    static void assertRefused(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
    }

}
