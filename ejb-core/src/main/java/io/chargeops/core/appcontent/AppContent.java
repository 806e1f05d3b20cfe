package io.chargeops.core.appcontent;

import io.chargeops.core.RefusedException;
import io.chargeops.core.RefusedException.Kind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * FAQ entries, notices and banners: the app reads what is published and inside its window, in sort order; platform
 * accounts write them through the ops API (the caller checks the account is a platform one).
 */
@Stateless
public class AppContent {

    private static final Logger LOG = Logger.getLogger(AppContent.class.getName());

    @PersistenceContext(unitName = "chargeops")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** What the app shows now of one kind, by sort number then newest. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AppContentView> shown(ContentKind kind) {
        return em.createQuery("SELECT c FROM AppContentItem c WHERE c.kind = :k AND c.published = :yes"
                        + " AND (c.visibleFrom IS NULL OR c.visibleFrom <= :now) AND (c.visibleUntil IS NULL OR c.visibleUntil > :now)"
                        + " ORDER BY c.sortNo, c.id DESC", AppContentItem.class)
                .setParameter("k", kind).setParameter("yes", true).setParameter("now", clock.instant()).setMaxResults(200)
                .getResultList().stream().map(AppContentItem::view).toList();
    }

    /** Everything of one kind (null: all kinds), for the ops API. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AppContentView> all(ContentKind kind) {
        var query = kind == null
                ? em.createQuery("SELECT c FROM AppContentItem c ORDER BY c.kind, c.sortNo, c.id DESC", AppContentItem.class)
                : em.createQuery("SELECT c FROM AppContentItem c WHERE c.kind = :k ORDER BY c.sortNo, c.id DESC",
                        AppContentItem.class).setParameter("k", kind);
        return query.setMaxResults(1000).getResultList().stream().map(AppContentItem::view).toList();
    }

    public AppContentView create(AppContentDraft draft, String operator) {
        ContentKind kind = kind(draft.kind());
        AppContentItem item = new AppContentItem(kind);
        apply(item, draft);
        em.persist(item);
        em.flush();
        LOG.info(() -> operator + " created app " + kind + " " + item.view().id());
        return item.view();
    }

    public AppContentView update(Long id, AppContentDraft draft, String operator) {
        AppContentItem item = find(id);
        if (draft.kind() != null && kind(draft.kind()) != item.getKind()) {
            throw new RefusedException(Kind.INVALID, "invalid-app-content", "The kind of an item cannot change");
        }
        apply(item, draft);
        em.flush();
        LOG.info(() -> operator + " updated app content " + id);
        return item.view();
    }

    public void delete(Long id, String operator) {
        em.remove(find(id));
        LOG.info(() -> operator + " deleted app content " + id);
    }

    private AppContentItem find(Long id) {
        AppContentItem item = id == null ? null : em.find(AppContentItem.class, id);
        if (item == null) {
            throw new RefusedException(Kind.NOT_FOUND, "unknown-app-content", "No app content item " + id);
        }
        return item;
    }

    private static ContentKind kind(String kind) {
        try {
            return ContentKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RefusedException(Kind.INVALID, "invalid-app-content", "kind must be FAQ, NOTICE or BANNER: " + kind);
        }
    }

    private static void apply(AppContentItem item, AppContentDraft d) {
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty() || title.length() > 100) {
            throw invalid("title has 1..100 characters");
        }
        if (d.body() != null && d.body().length() > 2000) {
            throw invalid("body has at most 2000 characters");
        }
        url(d.imageUrl(), "imageUrl");
        url(d.linkUrl(), "linkUrl");
        if (d.visibleFrom() != null && d.visibleUntil() != null && !d.visibleUntil().isAfter(d.visibleFrom())) {
            throw invalid("visibleUntil must be after visibleFrom");
        }
        item.update(title, blankToNull(d.body()), blankToNull(d.imageUrl()), blankToNull(d.linkUrl()),
                d.sortNo() == null ? 0 : d.sortNo(), d.published() == null || d.published(), d.visibleFrom(), d.visibleUntil());
    }

    private static void url(String url, String field) {
        if (url != null && !url.isBlank() && (url.length() > 500 || !url.matches("https?://\\S+"))) {
            throw invalid(field + " must be an http(s) URL of at most 500 characters");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static RefusedException invalid(String detail) {
        return new RefusedException(Kind.INVALID, "invalid-app-content", detail);
    }
}
