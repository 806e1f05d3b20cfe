package io.chargeops.core.interconnect;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Access tokens of query_token (per partner, expiring, stored hashed) and the replay guard, each change committed on its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class InterconnectGate {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    public record IssuedToken(String token, long availableSeconds) {
    }

    public IssuedToken issue(Long partnerId, int ttlSeconds, Instant now) {
        byte[] raw = new byte[36];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        em.persist(new PartnerToken(partnerId, sha256(token), now, now.plusSeconds(ttlSeconds)));
        return new IssuedToken(token, ttlSeconds);
    }

    /** The partner a valid, unexpired token was issued to. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Long> partnerOf(String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM PartnerToken t WHERE t.tokenHash = :h", PartnerToken.class)
                .setParameter("h", sha256(token.trim())).getResultStream().findFirst()
                .filter(t -> t.getExpiresAt().isAfter(now)).map(PartnerToken::getPartnerId);
    }

    /** Records (OperatorID, TimeStamp, Seq); false when it was seen before (a replay). */
    public boolean firstSeen(String operatorId, String timeStamp, String seq, Instant now) {
        Long seen = em.createQuery("SELECT COUNT(s) FROM SeenRequest s WHERE s.operatorId = :o AND s.timeStamp = :t AND s.seq = :s",
                        Long.class).setParameter("o", operatorId).setParameter("t", timeStamp).setParameter("s", seq)
                .getSingleResult();
        if (seen > 0) {
            return false;
        }
        try {
            em.persist(new SeenRequest(operatorId, timeStamp, seq, now));
            em.flush();
            return true;
        } catch (PersistenceException e) {
            return false; // the same envelope raced in on another thread or node: the unique key let one through
        }
    }

    /** Forgets envelopes older than twice the window and expired tokens. */
    public void purge(Duration window, Instant now) {
        em.createQuery("DELETE FROM SeenRequest s WHERE s.receivedAt < :t").setParameter("t", now.minus(window.multipliedBy(2)))
                .executeUpdate();
        em.createQuery("DELETE FROM PartnerToken t WHERE t.expiresAt < :t").setParameter("t", now.minus(Duration.ofHours(1)))
                .executeUpdate();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
