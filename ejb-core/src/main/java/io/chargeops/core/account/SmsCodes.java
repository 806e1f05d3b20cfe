package io.chargeops.core.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Issues and checks SMS sign-in codes. A check runs in a transaction of its own, so a wrong guess is counted even
 * though the sign-in it belongs to is refused (and rolled back): after {@code chargeops.app.sms.max-attempts} wrong
 * guesses the code is dead.
 */
@Stateless
public class SmsCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @Inject
    AccountSettings settings;

    /** Checks the rate limits, stores a new code's hash and returns the code to send. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public String issue(String phone, String requesterIp, Instant now) {
        List<Instant> recent = em.createQuery("SELECT c.createdAt FROM SmsCode c WHERE c.phone = :p AND c.createdAt > :since"
                        + " ORDER BY c.createdAt DESC", Instant.class)
                .setParameter("p", phone).setParameter("since", now.minus(Duration.ofDays(1)))
                .getResultList();
        if (!recent.isEmpty() && recent.get(0).plus(settings.resendInterval()).isAfter(now)) {
            throw new RateLimitedException("sms-code-too-soon", "A code was sent to this phone less than "
                    + settings.resendInterval().toSeconds() + " s ago", Duration.between(now,
                    recent.get(0).plus(settings.resendInterval())));
        }
        if (recent.size() >= settings.maxPerPhonePerDay()) {
            throw new RateLimitedException("sms-code-daily-limit", "At most " + settings.maxPerPhonePerDay()
                    + " codes per phone in 24 hours", Duration.between(now,
                    recent.get(recent.size() - 1).plus(Duration.ofDays(1))));
        }
        if (requesterIp != null) {
            long fromIp = em.createQuery("SELECT COUNT(c) FROM SmsCode c WHERE c.requesterIp = :ip AND c.createdAt > :since",
                            Long.class)
                    .setParameter("ip", requesterIp).setParameter("since", now.minus(Duration.ofHours(1)))
                    .getSingleResult();
            if (fromIp >= settings.maxPerIpPerHour()) {
                throw new RateLimitedException("sms-code-address-limit", "At most " + settings.maxPerIpPerHour()
                        + " code requests per address in an hour", Duration.ofMinutes(10));
            }
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        em.persist(new SmsCode(phone, hash(phone, code), requesterIp, now, now.plus(settings.codeTtl())));
        em.flush();
        return code;
    }

    /** Whether {@code code} is the phone's latest usable code; a match uses it up, a miss counts an attempt. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean check(String phone, String code, Instant now) {
        SmsCode latest = em.createQuery("SELECT c FROM SmsCode c WHERE c.phone = :p ORDER BY c.createdAt DESC, c.id DESC",
                        SmsCode.class)
                .setParameter("p", phone).setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        if (latest == null || !latest.usableAt(now, settings.maxAttempts())) {
            return false;
        }
        boolean match = code != null && MessageDigest.isEqual(
                latest.getCodeHash().getBytes(StandardCharsets.US_ASCII),
                hash(phone, code).getBytes(StandardCharsets.US_ASCII));
        if (match) {
            latest.consume(now);
        } else {
            latest.attempted();
        }
        return match;
    }

    /** Forgets every code of this phone (account deletion). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int forget(String phone) {
        return em.createQuery("DELETE FROM SmsCode c WHERE c.phone = :p").setParameter("p", phone).executeUpdate();
    }

    static String hash(String phone, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((phone + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
