package io.chargeops.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.sql.MigrationRunner;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The isolation matrix at the persistence layer: for every entity a merchant owns, a merchant-scoped persistence
 * context sees exactly that merchant's rows (by query and by id), another merchant sees none of them, and the
 * platform sees all. Runs over the demo seed plus a second merchant's rows, as production's unit does
 * (ENABLE_SELECTIVE, the data-scope customizer).
 */
class DataScopeTest {

    static EntityManagerFactory emf;
    static final long OTHER = 2;

    @BeforeAll
    static void start() {
        String url = "jdbc:h2:mem:scope-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        new MigrationRunner(ds).migrateAndSeed(true);
        emf = Persistence.createEntityManagerFactory("chargeops-test", Map.of("jakarta.persistence.jdbc.url", url,
                "eclipselink.session.customizer", DataScopeCriteria.class.getName(),
                "jakarta.persistence.sharedCache.mode", "ENABLE_SELECTIVE"));
    }

    @AfterAll
    static void stop() {
        emf.close();
        DataScope.clear();
    }

    @Test
    void everyMerchantOwnedEntityIsScopedAndWalletsAreNot() {
        List<String> scoped = descriptors().stream().filter(d -> DataScopeCriteria.scopedAttribute(d) != null)
                .map(d -> d.getJavaClass().getSimpleName()).sorted().toList();
        assertThat(scoped).contains("Merchant", "Station", "Pile", "Gun", "ChargingOrder", "TariffTemplate",
                "PileCommandRecord", "ConsoleUser", "ConsoleRole", "ConsoleSignInRecord", "OperationLogEntry");
        assertThat(scoped).doesNotContain("Wallet", "WalletHold", "WalletLedgerEntry", "AppUser");
    }

    @Test
    void aMerchantSeesItsOwnRowsOnlyForEveryScopedEntity() {
        for (ClassDescriptor d : descriptors()) {
            String attribute = DataScopeCriteria.scopedAttribute(d);
            if (attribute == null) {
                continue;
            }
            String entity = entityName(d);
            long all = as(DataScope.ALL, em -> count(em, "SELECT COUNT(e) FROM " + entity + " e"));
            for (long merchant : new long[] {1, OTHER, 999}) {
                // shared definitions (the platform's built-in roles) are seen by every merchant besides its own rows
                String shared = DataScopeCriteria.SHARED_WHEN_PLATFORM.contains(d.getJavaClass().getName())
                        ? " OR e." + attribute + " IS NULL" : "";
                long owned = as(DataScope.ALL, em -> count(em, "SELECT COUNT(e) FROM " + entity + " e WHERE e."
                        + attribute + " = " + merchant + shared));
                long seen = as(new DataScope(merchant), em -> count(em, "SELECT COUNT(e) FROM " + entity + " e"));
                assertThat(seen).as(entity + " seen by merchant " + merchant).isEqualTo(owned);
            }
            long ofMerchant1 = as(new DataScope(1), em -> count(em, "SELECT COUNT(e) FROM " + entity + " e"));
            assertThat(all).as(entity + " seen by the platform").isGreaterThanOrEqualTo(ofMerchant1);
        }
    }

    @Test
    void findByIdOfAnotherMerchantsRowFindsNothing() {
        Object stationOfMerchant1 = as(DataScope.ALL, em -> em.createQuery(
                "SELECT s.id FROM Station s WHERE s.merchantId = 1", Long.class).setMaxResults(1).getSingleResult());
        Class<?> station = descriptors().stream().filter(d -> d.getJavaClass().getSimpleName().equals("Station"))
                .findFirst().orElseThrow().getJavaClass();
        Object own = as(new DataScope(1), em -> em.find(station, stationOfMerchant1));
        Object foreign = as(new DataScope(OTHER), em -> em.find(station, stationOfMerchant1));
        Object platform = as(DataScope.ALL, em -> em.find(station, stationOfMerchant1));
        assertThat(own).isNotNull();
        assertThat(foreign).isNull();
        assertThat(platform).isNotNull();
    }

    @Test
    void withoutAScopeTheThreadSeesEverything() {
        DataScope.clear();
        assertThat(DataScope.current()).isEqualTo(DataScope.ALL);
        long stations = as(DataScope.current(), em -> count(em, "SELECT COUNT(s) FROM Station s"));
        assertThat(stations).isGreaterThanOrEqualTo(2);
    }

    private static <T> T as(DataScope scope, Function<EntityManager, T> work) {
        DataScope.enter(scope);
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
            DataScope.clear();
        }
    }

    private static long count(EntityManager em, String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private static List<ClassDescriptor> descriptors() {
        return List.copyOf(emf.unwrap(JpaEntityManagerFactory.class).getServerSession().getDescriptors().values());
    }

    private static String entityName(ClassDescriptor d) {
        return emf.getMetamodel().getEntities().stream().filter(e -> e.getJavaType() == d.getJavaClass())
                .map(EntityType::getName).findFirst().orElse(d.getJavaClass().getSimpleName());
    }
}
