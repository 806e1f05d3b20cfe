package io.chargeops.core.finder;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;
import io.chargeops.core.charging.ChargingService;
import io.chargeops.core.charging.OrderState;
import io.chargeops.core.finder.FinderViews.Comment;
import io.chargeops.core.finder.FinderViews.Picture;
import io.chargeops.core.identity.AppUserAccounts;
import io.chargeops.core.station.StationService;
import io.chargeops.core.station.StationStatus;
import io.chargeops.core.station.StationView;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;

/**
 * Station pictures (written through the ops API for stations the caller's data scope sees) and drivers' comments
 * (a 1..5 rating and text, only by a user with a settled order at the station; one a day per station and user).
 */
@Stateless
public class StationExtras {

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    @EJB
    StationService stations;

    @EJB
    ChargingService charging;

    @EJB
    AppUserAccounts users;

    Clock clock = Clock.systemUTC();

    /** Average rating (one decimal, null without comments) and count. */
    public record Rating(BigDecimal average, long count) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Picture> pictures(Long stationId) {
        return em.createQuery("SELECT p FROM StationPicture p WHERE p.stationId = :s ORDER BY p.sortNo, p.id", StationPicture.class)
                .setParameter("s", stationId).setMaxResults(50).getResultList().stream().map(StationPicture::view).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Comment> comments(Long stationId, int first, int max) {
        return em.createQuery("SELECT c FROM StationComment c WHERE c.stationId = :s ORDER BY c.id DESC", StationComment.class)
                .setParameter("s", stationId).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList().stream().map(StationComment::view).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Rating rating(Long stationId) {
        Object[] row = em.createQuery("SELECT COUNT(c), AVG(c.rating) FROM StationComment c WHERE c.stationId = :s", Object[].class)
                .setParameter("s", stationId).getSingleResult();
        long count = ((Number) row[0]).longValue();
        BigDecimal avg = count == 0 || row[1] == null ? null
                : BigDecimal.valueOf(((Number) row[1]).doubleValue()).setScale(1, RoundingMode.HALF_UP);
        return new Rating(avg, count);
    }

    /** A comment by a user who has a settled order at this operating station. */
    public Comment comment(Long userId, Long stationId, int rating, String content) {
        StationView station = operating(stationId);
        if (rating < 1 || rating > 5) {
            throw new RefusedException(Kind.INVALID, "invalid-comment", "rating is 1..5");
        }
        String text = content == null ? null : content.strip();
        if (text != null && text.length() > 500) {
            throw new RefusedException(Kind.INVALID, "invalid-comment", "a comment has at most 500 characters");
        }
        boolean charged = charging.listForUser(userId, OrderState.SETTLED, 500).stream()
                .anyMatch(o -> stationId.equals(o.stationId()));
        if (!charged) {
            throw new RefusedException(Kind.UNPROCESSABLE, "comment-requires-charge",
                    "Only drivers who have charged at this station may comment on it");
        }
        String author = users.find(userId).map(u -> u.nickname() != null ? u.nickname() : mask(u.phone())).orElse("用户");
        StationComment c = new StationComment(stationId, station.merchantId(), userId, author, rating,
                text == null || text.isEmpty() ? null : text, clock.instant());
        em.persist(c);
        em.flush();
        return c.view();
    }

    /** Adds a picture to a station the caller sees (404 otherwise). */
    public Picture addPicture(Long stationId, String url, String caption, int sortNo) {
        StationView station = stations.find(stationId)
                .orElseThrow(() -> new RefusedException(Kind.NOT_FOUND, "unknown-station", "No station " + stationId));
        if (url == null || url.length() > 500 || !url.matches("https?://\\S+")) {
            throw new RefusedException(Kind.INVALID, "invalid-picture", "url must be an http(s) URL of at most 500 characters");
        }
        if (caption != null && caption.length() > 100) {
            throw new RefusedException(Kind.INVALID, "invalid-picture", "caption has at most 100 characters");
        }
        StationPicture p = new StationPicture(station.id(), station.merchantId(), url, caption, sortNo, clock.instant());
        em.persist(p);
        em.flush();
        return p.view();
    }

    public void removePicture(Long stationId, Long pictureId) {
        stations.find(stationId)
                .orElseThrow(() -> new RefusedException(Kind.NOT_FOUND, "unknown-station", "No station " + stationId));
        StationPicture p = pictureId == null ? null : em.find(StationPicture.class, pictureId);
        if (p == null || !p.getStationId().equals(stationId)) {
            throw new RefusedException(Kind.NOT_FOUND, "unknown-picture", "No picture " + pictureId + " at station " + stationId);
        }
        em.remove(p);
    }

    /** Account deletion: the user's comments stay (ratings are the station's), without a name. */
    public void forget(Long userId) {
        em.createQuery("SELECT c FROM StationComment c WHERE c.userId = :u", StationComment.class)
                .setParameter("u", userId).getResultList().forEach(StationComment::anonymise);
    }

    private StationView operating(Long stationId) {
        return stations.find(stationId).filter(v -> v.status() == StationStatus.OPERATING)
                .orElseThrow(() -> new RefusedException(Kind.NOT_FOUND, "unknown-station", "No station " + stationId));
    }

    static String mask(String phone) {
        return phone != null && phone.length() == 11 ? phone.substring(0, 3) + "****" + phone.substring(7) : "用户";
    }
}
