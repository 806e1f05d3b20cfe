package io.chargeops.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.identity.AppUser;
import io.chargeops.core.merchant.Merchant;
import io.chargeops.core.merchant.MerchantType;
import io.chargeops.core.pile.ConnectorType;
import io.chargeops.core.pile.Gun;
import io.chargeops.core.pile.Pile;
import io.chargeops.core.pile.PileStatus;
import io.chargeops.core.pile.PileType;
import io.chargeops.core.station.CoordinateSystem;
import io.chargeops.core.station.GeoPoint;
import io.chargeops.core.station.Station;
import io.chargeops.core.station.StationType;
import io.chargeops.core.tariff.RateType;
import io.chargeops.core.tariff.TariffTemplate;
import io.chargeops.core.tariff.TariffTemplateVersion;
import io.chargeops.core.wallet.LedgerEntryType;
import io.chargeops.core.wallet.Wallet;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.RollbackException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writes through the entities and reads back, on the migrated schema with demo data present. */
class EntityRoundTripTest {

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
    void merchantStationPileWithGunsAndTariffPersistWithSequenceIds() {
        Long pileId = db.inTransaction(em -> {
            Merchant operator = em.find(Merchant.class, 1L);
            Merchant franchisee = new Merchant("FR-001", "加盟商一号", MerchantType.FRANCHISEE, operator.getId());
            em.persist(franchisee);
            em.flush();
            Station station = new Station(franchisee.getId(), "NJXW0001", "玄武测试站", "南京市玄武区测试路1号",
                    "320000", "320100", "320102", new GeoPoint(new BigDecimal("118.797"), new BigDecimal("32.0485"),
                    CoordinateSystem.WGS84), StationType.PUBLIC);
            em.persist(station);
            TariffTemplate template = new TariffTemplate(franchisee.getId(), "单一电价", "0002");
            TariffTemplateVersion v = template.newVersion(Instant.parse("2026-01-01T00:00:00Z"));
            for (RateType t : RateType.values()) {
                v.setRate(t, new BigDecimal("0.5"), new BigDecimal("0.4"));
            }
            v.assignSlots(0, 48, RateType.FLAT);
            em.persist(template);
            em.flush();
            Pile pile = Pile.registered(franchisee.getId(), station.getId(), "32010200000009", PileType.DC,
                    new BigDecimal("60"), 2);
            pile.setTariffTemplateId(template.getId());
            pile.addGun(1, ConnectorType.GBT_DC);
            pile.addGun(2, ConnectorType.GBT_DC);
            em.persist(pile);
            return pile.getId();
        });

        assertThat(pileId).isGreaterThan(900L);
        Pile loaded = db.read(em -> {
            Pile p = em.find(Pile.class, pileId);
            p.getGuns().size();
            return p;
        });
        assertThat(loaded.getGuns()).extracting(Gun::getGunCode).containsExactly("3201020000000901", "3201020000000902");
        assertThat(loaded.getGuns()).allSatisfy(g -> assertThat(g.getMerchantId()).isEqualTo(loaded.getMerchantId()));
        assertThat(loaded.getCreatedAt()).isNotNull();
        long slots = db.read(em -> em.createQuery(
                "SELECT COUNT(s) FROM TariffSlot s WHERE s.merchantId = :m", Long.class)
                .setParameter("m", loaded.getMerchantId()).getSingleResult());
        assertThat(slots).isEqualTo(48);
    }

    @Test
    void freePileCanBeStoredWithoutMerchantAndOnboardedLater() {
        Long id = db.inTransaction(em -> {
            Pile pile = Pile.free("44030500000077", PileType.AC, 1, "V1.6", "FW-2", "8986");
            em.persist(pile);
            return pile.getId();
        });
        db.inTransaction(em -> {
            Pile pile = em.find(Pile.class, id);
            assertThat(pile.getStatus()).isEqualTo(PileStatus.FREE);
            assertThat(pile.getMerchantId()).isNull();
            pile.onboard(1L, 1L, 1L);
            pile.addGun(1, ConnectorType.GBT_AC);
        });
        Pile onboarded = db.read(em -> em.find(Pile.class, id));
        assertThat(onboarded.getStatus()).isEqualTo(PileStatus.ACTIVE);
        assertThat(onboarded.getRowVersion()).isEqualTo(2L);
    }

    @Test
    void databaseRefusesABoundPileWithoutStation() throws Exception {
        try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO pile (id, merchant_id, station_id, pile_code, pile_type,"
                    + " gun_count, status, created_at, updated_at) VALUES (5, 1, NULL, '32010600000005', 'DC', 1, 'ACTIVE',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
                    .hasMessageContaining("CK_PILE_BOUND");
        }
    }

    @Test
    void walletPostingWritesLedgerAndKeepsBalanceEqualToSum() {
        Long walletId = db.inTransaction(em -> {
            AppUser user = new AppUser("13800000001", "测试用户");
            em.persist(user);
            em.flush();
            Wallet wallet = new Wallet(user.getId(), null);
            em.persist(wallet);
            em.flush();
            em.persist(wallet.post(LedgerEntryType.TOP_UP, new BigDecimal("50"), "RECHARGE", "R1", null));
            em.persist(wallet.post(LedgerEntryType.CHARGE_DEBIT, new BigDecimal("-12.3456"), "CHARGING_ORDER", "O1", null));
            return wallet.getId();
        });
        Wallet wallet = db.read(em -> em.find(Wallet.class, walletId));
        BigDecimal sum = db.read(em -> em.createQuery(
                "SELECT SUM(e.amount) FROM WalletLedgerEntry e WHERE e.walletId = :w", BigDecimal.class)
                .setParameter("w", walletId).getSingleResult());
        assertThat(wallet.getBalance()).isEqualByComparingTo("37.6544").isEqualByComparingTo(sum);
    }

    @Test
    void concurrentWalletUpdatesLoseNothing() {
        EntityManager first = db.emf.createEntityManager();
        EntityManager second = db.emf.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Wallet a = first.find(Wallet.class, 1L);
            Wallet b = second.find(Wallet.class, 1L);
            first.persist(a.post(LedgerEntryType.ADJUSTMENT, new BigDecimal("1"), "TEST", "A", null));
            second.persist(b.post(LedgerEntryType.ADJUSTMENT, new BigDecimal("2"), "TEST", "B", null));
            first.getTransaction().commit();
            assertThatThrownBy(() -> second.getTransaction().commit()).isInstanceOf(RollbackException.class)
                    .hasRootCauseInstanceOf(org.eclipse.persistence.exceptions.OptimisticLockException.class);
        } finally {
            first.close();
            second.close();
        }
        BigDecimal sum = db.read(em -> em.createQuery(
                "SELECT SUM(e.amount) FROM WalletLedgerEntry e WHERE e.walletId = 1", BigDecimal.class).getSingleResult());
        Wallet wallet = db.read(em -> em.find(Wallet.class, 1L));
        assertThat(wallet.getBalance()).isEqualByComparingTo(sum);
    }

    /**
     * The column must hold UTC even when the JVM runs in China Standard Time (+08:00). EclipseLink
     * binds the converter's LocalDateTime with setTimestamp(Timestamp.valueOf(..)), which keeps the
     * wall clock as long as driver and JVM agree on the default zone. H2 fixes a session's zone when
     * the connection opens, so the test switches the zone first and then opens its own factory,
     * like a server started with -Duser.timezone=Asia/Shanghai. (Changing the default zone of a
     * running server breaks the same way, with any driver: don't.)
     */
    @Test
    void instantsAreStoredAsUtcWallClockWhateverTheJvmZone() throws Exception {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
        org.h2.util.DateTimeUtils.resetCalendar();
        EntityManagerFactory shanghai = Persistence.createEntityManagerFactory("chargeops-test",
                Map.of("jakarta.persistence.jdbc.url", db.dataSource.getURL(),
                        // a session of its own: same properties would reuse the deployed session's pool
                        "eclipselink.session-name", "shanghai-" + System.nanoTime()));
        try {
            Instant login = Instant.parse("2026-03-01T02:03:04.123456Z");
            EntityManager em = shanghai.createEntityManager();
            em.getTransaction().begin();
            em.find(Pile.class, 2L).recordLogin("V1.6", "V1.0.1", "8986", "SIM", login);
            em.getTransaction().commit();
            em.close();
            try (Connection c = db.dataSource.getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT CAST(last_login_at AS VARCHAR) FROM pile WHERE id = 2")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("2026-03-01 02:03:04.123456");
            }
            shanghai.getCache().evictAll();
            EntityManager reader = shanghai.createEntityManager();
            Instant readBack = reader.find(Pile.class, 2L).getLastLoginAt();
            reader.close();
            assertThat(readBack).isEqualTo(login);
            // the seed's literal UTC timestamps read back as the instants they denote
            EntityManager seedReader = shanghai.createEntityManager();
            assertThat(seedReader.find(Station.class, 1L).getCreatedAt()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
            seedReader.close();
        } finally {
            shanghai.close();
            TimeZone.setDefault(original);
            org.h2.util.DateTimeUtils.resetCalendar();
        }
    }
}
