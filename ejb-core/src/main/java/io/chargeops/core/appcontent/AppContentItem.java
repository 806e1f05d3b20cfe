package io.chargeops.core.appcontent;

import io.chargeops.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One FAQ entry, notice or banner; shown while published and inside its optional window. Platform-wide. */
@Entity
@Table(name = "app_content")
public class AppContentItem extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "seq_app_content", sequenceName = "SEQ_APP_CONTENT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_app_content")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ContentKind kind;

    @Column(name = "title", nullable = false, length = 100)
    private String title;

    @Column(name = "body", length = 2000)
    private String body;

    @Column(name = "image_url", length = 500)
    private String imageUrl;

    @Column(name = "link_url", length = 500)
    private String linkUrl;

    @Column(name = "sort_no", nullable = false)
    private int sortNo;

    @Column(name = "published", nullable = false)
    private boolean published;

    @Column(name = "visible_from")
    private Instant visibleFrom;

    @Column(name = "visible_until")
    private Instant visibleUntil;

    protected AppContentItem() {
        // for JPA
    }

    AppContentItem(ContentKind kind) {
        this.kind = kind;
    }

    void update(String title, String body, String imageUrl, String linkUrl, int sortNo, boolean published,
                Instant visibleFrom, Instant visibleUntil) {
        this.title = title;
        this.body = body;
        this.imageUrl = imageUrl;
        this.linkUrl = linkUrl;
        this.sortNo = sortNo;
        this.published = published;
        this.visibleFrom = visibleFrom;
        this.visibleUntil = visibleUntil;
    }

    AppContentView view() {
        return new AppContentView(id, kind.name(), title, body, imageUrl, linkUrl, sortNo, published, visibleFrom,
                visibleUntil, getUpdatedAt());
    }

    ContentKind getKind() {
        return kind;
    }
}
