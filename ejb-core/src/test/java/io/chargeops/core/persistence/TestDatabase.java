package io.chargeops.core.persistence;

import io.chargeops.sql.MigrationRunner;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 per test class, built by the real migration runner (schema + demo seed),
 * with the test persistence unit on top. Mirrors production order: migrate first, then let
 * EclipseLink log in against the finished schema.
 */
public final class TestDatabase implements AutoCloseable {

    public final JdbcDataSource dataSource;
    public final EntityManagerFactory emf;

    private TestDatabase(boolean seed) {
        String url = "jdbc:h2:mem:core-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        new MigrationRunner(dataSource).migrateAndSeed(seed);
        emf = Persistence.createEntityManagerFactory("chargeops-test", Map.of("jakarta.persistence.jdbc.url", url));
    }

    public static TestDatabase withDemoData() {
        return new TestDatabase(true);
    }

    public static TestDatabase empty() {
        return new TestDatabase(false);
    }

    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public void inTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        emf.close();
    }
}
