package io.chargeops.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.chargeops.core.pile.Pile;
import io.chargeops.core.station.Station;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.databaseaccess.FieldTypeDefinition;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.jpa.JpaQuery;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ObjectBuildingQuery;
import org.eclipse.persistence.queries.ObjectLevelReadQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.sessions.DatabaseRecord;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sessions.server.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders the SQL EclipseLink would send to DM8 for the real entities, without a DM8 server: the
 * unit is deployed with {@code target-database = DamengPlatform} and logs in to a throw-away H2
 * only because EclipseLink insists on a connection; nothing rendered here is executed.
 */
class DamengPlatformTest {

    static EntityManagerFactory emf;
    static Server session;
    static DamengPlatform platform;

    @BeforeAll
    static void start() {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.jdbc.url", "jdbc:h2:mem:dm-render-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        props.put("eclipselink.target-database", DamengPlatform.class.getName());
        emf = Persistence.createEntityManagerFactory("chargeops-test", props);
        emf.createEntityManager().close();
        session = JpaHelper.getServerSession(emf);
        platform = (DamengPlatform) session.getPlatform();
    }

    @AfterAll
    static void stop() {
        emf.close();
    }

    @Test
    void sequencesAreReadWithNextvalFromDual() {
        assertThat(platform.buildSelectQueryForSequenceObject("SEQ_STATION", 50).getSQLString())
                .isEqualTo("SELECT SEQ_STATION.NEXTVAL FROM DUAL");
        ClassDescriptor station = session.getDescriptor(Station.class);
        Sequence sequence = station.getSequence();
        assertThat(sequence).isInstanceOf(NativeSequence.class);
        assertThat(sequence.getName()).isEqualTo("SEQ_STATION");
        assertThat(sequence.getPreallocationSize()).isEqualTo(50);
        assertThat(platform.supportsSequenceObjects()).isTrue();
        assertThat(platform.supportsIdentity()).isFalse();
    }

    @Test
    void pagingUsesLimitOffset() {
        String sql = render("SELECT p FROM Pile p WHERE p.stationId = :station ORDER BY p.pileCode", 20, 10, false);
        assertThat(sql).startsWith("SELECT ").contains(" FROM pile ").contains("ORDER BY")
                .endsWith(" LIMIT ? OFFSET ?").doesNotContain("ROWNUM");
        // EclipseLink passes first+max; LIMIT needs the page size itself
        assertThat(platform.computeMaxRowsForSQL(20, 30)).isEqualTo(10);
        assertThat(platform.computeMaxRowsForSQL(0, 10)).isEqualTo(10);
    }

    @Test
    void firstPageAlsoUsesLimit() {
        assertThat(render("SELECT s FROM Station s ORDER BY s.name", 0, 15, false)).endsWith(" LIMIT ? OFFSET ?");
    }

    @Test
    void pessimisticLockComesAfterLimit() {
        String sql = render("SELECT p FROM Pile p WHERE p.pileCode = :code", 0, 1, true);
        assertThat(sql).endsWith(" LIMIT ? OFFSET ? FOR UPDATE").doesNotContain("ROWNUM");
    }

    @Test
    void unpagedQueryIsPlainAndLocksNormally() {
        assertThat(render("SELECT p FROM Pile p WHERE p.pileCode = :code", 0, 0, true))
                .endsWith(" FOR UPDATE").doesNotContain("LIMIT");
        assertThat(render("SELECT p FROM Pile p", 0, 0, false)).doesNotContain("LIMIT").doesNotContain("ROWNUM");
    }

    @Test
    void booleanLiteralsAreBitValues() {
        assertThat(literal(Boolean.TRUE)).isEqualTo("1");
        assertThat(literal(Boolean.FALSE)).isEqualTo("0");
        assertThat(platform.getFieldTypeDefinition(Boolean.class).getName()).isEqualTo("BIT");
    }

    @Test
    void timestampLiteralsAreAnsiAndKeepFractions() {
        assertThat(literal(Timestamp.valueOf("2026-01-02 03:04:05.123456"))).isEqualTo("TIMESTAMP '2026-01-02 03:04:05.123456'");
        assertThat(literal(Timestamp.valueOf("2026-01-02 03:04:05.25"))).isEqualTo("TIMESTAMP '2026-01-02 03:04:05.25'");
        assertThat(literal(Timestamp.valueOf("2026-01-02 03:04:05"))).isEqualTo("TIMESTAMP '2026-01-02 03:04:05'");
        assertThat(literal(LocalDateTime.parse("2025-12-31T16:00:00"))).isEqualTo("TIMESTAMP '2025-12-31 16:00:00'");
        assertThat(literal(Date.valueOf("2026-03-01"))).isEqualTo("DATE '2026-03-01'");
        assertThat(literal(Time.valueOf("08:30:00"))).isEqualTo("TIME '08:30:00'");
    }

    @Test
    void instantsReachDm8AsUtcWallClock() {
        LocalDateTime column = new UtcInstantConverter().convertToDatabaseColumn(Instant.parse("2026-01-01T00:00:00.5Z"));
        assertThat(literal(column)).isEqualTo("TIMESTAMP '2026-01-01 00:00:00.5'");
    }

    @Test
    void fieldTypesAreDm8Types() {
        assertThat(typeName(Long.class)).isEqualTo("BIGINT");
        assertThat(typeName(Integer.class)).isEqualTo("INT");
        assertThat(typeName(BigDecimal.class)).isEqualTo("NUMBER");
        assertThat(typeName(String.class)).isEqualTo("VARCHAR2");
        assertThat(typeName(Timestamp.class)).isEqualTo("TIMESTAMP");
        assertThat(typeName(LocalDateTime.class)).isEqualTo("TIMESTAMP");
        assertThat(typeName(byte[].class)).isEqualTo("BLOB");
    }

    @Test
    void oracleOnlyPathsAreOff() {
        assertThat(platform.isOracle()).isFalse();
        assertThat(platform.isDameng()).isTrue();
        assertThat(platform.supportsVPD()).isFalse();
        assertThat(platform.canBuildCallWithReturning()).isFalse();
        assertThat(platform.getPingSQL()).isEqualTo("SELECT 1 FROM DUAL");
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** SQL for a JPQL query with the paging and locking JPA would apply at execution. */
    private static String render(String jpql, int firstResult, int maxResults, boolean pessimisticLock) {
        EntityManager em = emf.createEntityManager();
        try {
            DatabaseQuery shared = em.createQuery(jpql).unwrap(JpaQuery.class).getDatabaseQuery();
            ObjectLevelReadQuery query = (ObjectLevelReadQuery) shared.clone();
            if (firstResult > 0) {
                query.setFirstResult(firstResult);
            }
            if (maxResults > 0) {
                query.setMaxRows(firstResult + maxResults); // what EclipseLink's JPA layer does
            }
            if (pessimisticLock) {
                query.setLockMode(ObjectBuildingQuery.LOCK);
            }
            query.setIsPrepared(false);
            query.prepareCall((AbstractSession) session, new DatabaseRecord());
            return query.getSQLString();
        } finally {
            em.close();
        }
    }

    private static String literal(Object value) {
        StringWriter out = new StringWriter();
        platform.appendParameter(new SQLCall(), out, value);
        return out.toString();
    }

    private static String typeName(Class<?> type) {
        FieldTypeDefinition def = platform.getFieldTypeDefinition(type);
        return def.getName();
    }
}
