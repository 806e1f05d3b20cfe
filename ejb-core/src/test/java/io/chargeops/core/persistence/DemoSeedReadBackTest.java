package io.chargeops.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.core.identity.AppUser;
import io.chargeops.core.identity.ConsoleRole;
import io.chargeops.core.identity.ConsoleUser;
import io.chargeops.core.merchant.Merchant;
import io.chargeops.core.merchant.MerchantType;
import io.chargeops.core.pile.Gun;
import io.chargeops.core.pile.Pile;
import io.chargeops.core.pile.PileStatus;
import io.chargeops.core.pile.PileType;
import io.chargeops.core.station.CoordinateSystem;
import io.chargeops.core.station.Station;
import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.TariffTemplate;
import io.chargeops.core.tariff.TariffTemplateVersion;
import io.chargeops.core.wallet.Wallet;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo seed as the application will see it: through the entities, not through SQL. */
class DemoSeedReadBackTest {

    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = TestDatabase.withDemoData();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void demoMerchantOwnsTwoNanjingStationsInGcj02() {
        Merchant merchant = db.read(em -> em.find(Merchant.class, 1L));
        assertThat(merchant.getName()).isEqualTo("示范运营商");
        assertThat(merchant.getType()).isEqualTo(MerchantType.OPERATOR);

        List<Station> stations = db.read(em -> em.createQuery(
                "SELECT s FROM Station s WHERE s.merchantId = :m ORDER BY s.id", Station.class)
                .setParameter("m", merchant.getId()).getResultList());
        assertThat(stations).hasSize(2);
        assertThat(stations).allSatisfy(s -> {
            assertThat(s.getCityCode()).isEqualTo("320100");
            assertThat(s.getLocation().getCoordinateSystem()).isEqualTo(CoordinateSystem.GCJ02);
            assertThat(s.getLocation().getLongitude()).isBetween(new BigDecimal("118.3"), new BigDecimal("119.3"));
            assertThat(s.getLocation().getLatitude()).isBetween(new BigDecimal("31.2"), new BigDecimal("32.7"));
            assertThat(s.getLocation().getLongitude().scale()).isEqualTo(7);
        });
        assertThat(stations.get(0).getCreatedAt()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
    }

    @Test
    void demoPilesAndGunsAtTheFirstStation() {
        List<Pile> piles = db.read(em -> {
            List<Pile> list = em.createQuery("SELECT p FROM Pile p WHERE p.merchantId = 1 ORDER BY p.pileCode", Pile.class)
                    .getResultList();
            list.forEach(p -> p.getGuns().size());
            return list;
        });
        Long firstStation = db.read(em -> em.createQuery("SELECT MIN(s.id) FROM Station s", Long.class).getSingleResult());

        assertThat(piles).extracting(Pile::getPileCode).containsExactly("32010600000001", "32010600000002");
        Pile dc = piles.get(0);
        Pile ac = piles.get(1);
        assertThat(dc.getPileType()).isEqualTo(PileType.DC);
        assertThat(dc.getRatedPowerKw()).isEqualByComparingTo("120");
        assertThat(dc.getGuns()).extracting(Gun::getGunCode).containsExactly("3201060000000101", "3201060000000102");
        assertThat(ac.getPileType()).isEqualTo(PileType.AC);
        assertThat(ac.getRatedPowerKw()).isEqualByComparingTo("7");
        assertThat(ac.getGuns()).extracting(Gun::getGunCode).containsExactly("3201060000000201");
        assertThat(piles).allSatisfy(p -> {
            assertThat(p.getStationId()).isEqualTo(firstStation);
            assertThat(p.getStatus()).isEqualTo(PileStatus.ACTIVE);
            assertThat(p.isOnline()).isFalse();
            assertThat(p.getGuns()).allSatisfy(g -> assertThat(g.getGunCode()).isEqualTo(Gun.codeOf(p.getPileCode(), g.getGunNo())));
        });
    }

    @Test
    void touTemplateHasFourRatesAnd48SlotsCoveringEveryRateType() {
        TariffTemplateVersion version = db.read(em -> {
            TariffTemplate t = em.find(TariffTemplate.class, 1L);
            TariffTemplateVersion v = t.versionInForceAt(Instant.parse("2026-06-01T00:00:00Z")).orElseThrow();
            v.getRates().size();
            v.getSlots().size();
            return v;
        });
        assertThat(version.isComplete()).isTrue();
        assertThat(version.getSlots()).hasSize(48);
        assertThat(version.getRates()).extracting(r -> r.getRateType()).containsExactlyInAnyOrder(RateType.values());
        assertThat(version.rate(RateType.SHARP).getElectricityFee()).isEqualByComparingTo("1.18520");
        assertThat(version.rate(RateType.SHARP).getElectricityFee().scale()).isEqualTo(5);

        Map<RateType, Integer> halfHours = new EnumMap<>(RateType.class);
        version.getSlots().forEach(s -> halfHours.merge(s.getRateType(), 1, Integer::sum));
        assertThat(halfHours).containsEntry(RateType.VALLEY, 16).containsEntry(RateType.SHARP, 4)
                .containsEntry(RateType.PEAK, 14).containsEntry(RateType.FLAT, 14);
        assertThat(version.rateTypeAt(LocalTime.of(3, 0))).isEqualTo(RateType.VALLEY);
        assertThat(version.rateTypeAt(LocalTime.of(9, 15))).isEqualTo(RateType.PEAK);
        assertThat(version.rateTypeAt(LocalTime.of(14, 29))).isEqualTo(RateType.SHARP);
        assertThat(version.rateTypeAt(LocalTime.of(23, 59))).isEqualTo(RateType.FLAT);
    }

    @Test
    void appUserWalletBalanceEqualsSumOfLedger() {
        AppUser user = db.read(em -> em.createQuery("SELECT u FROM AppUser u WHERE u.phone = '13800000000'", AppUser.class)
                .getSingleResult());
        Wallet wallet = db.read(em -> em.createQuery("SELECT w FROM Wallet w WHERE w.userId = :u", Wallet.class)
                .setParameter("u", user.getId()).getSingleResult());
        BigDecimal ledgerSum = db.read(em -> em.createQuery(
                "SELECT SUM(e.amount) FROM WalletLedgerEntry e WHERE e.walletId = :w", BigDecimal.class)
                .setParameter("w", wallet.getId()).getSingleResult());

        assertThat(wallet.getBalance()).isEqualByComparingTo("100.0000");
        assertThat(wallet.getBalance().scale()).isEqualTo(4);
        assertThat(ledgerSum).isEqualByComparingTo(wallet.getBalance());
    }

    @Test
    void platformAdminCanSignInWithTheDocumentedPassword() {
        ConsoleUser admin = db.read(em -> {
            ConsoleUser u = em.createQuery("SELECT u FROM ConsoleUser u WHERE u.loginPhone = '13900000000'", ConsoleUser.class)
                    .getSingleResult();
            u.getRoles().size();
            return u;
        });
        assertThat(admin.isPlatformUser()).isTrue();
        assertThat(admin.isEnabled()).isTrue();
        assertThat(admin.getRoles()).extracting(ConsoleRole::getRoleCode).containsExactly(ConsoleRole.PLATFORM_ADMIN);
        assertThat(Pbkdf2Check.verify("ChargeOps#2026", admin.getPasswordHash())).isTrue();
        assertThat(Pbkdf2Check.verify("wrong", admin.getPasswordHash())).isFalse();
    }

    @Test
    void identityStoreViewsAnswerTheDocumentedQueries() throws Exception {
        try (var c = db.dataSource.getConnection();
             var caller = c.prepareStatement("SELECT password_hash FROM v_console_credential WHERE login_phone = ?");
             var groups = c.prepareStatement("SELECT role_code FROM v_console_user_group WHERE login_phone = ?")) {
            caller.setString(1, "13900000000");
            groups.setString(1, "13900000000");
            try (var rs = caller.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(Pbkdf2Check.verify("ChargeOps#2026", rs.getString(1))).isTrue();
            }
            try (var rs = groups.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("PLATFORM_ADMIN");
            }
        }
    }
}
