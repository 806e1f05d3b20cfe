package io.chargeops.core.finder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A driver's comment on a station (评价): a 1..5 rating and text, by someone who has charged there. */
@Entity
@Table(name = "station_comment")
public class StationComment {

    @Id
    @SequenceGenerator(name = "seq_station_comment", sequenceName = "SEQ_STATION_COMMENT", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_station_comment")
    private Long id;

    @Column(name = "station_id", nullable = false, updatable = false)
    private Long stationId;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "author", nullable = false, length = 50)
    private String author;

    @Column(name = "rating", nullable = false)
    private int rating;

    @Column(name = "content", length = 500)
    private String content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StationComment() {
    }

    StationComment(Long stationId, Long merchantId, Long userId, String author, int rating, String content, Instant createdAt) {
        this.stationId = stationId;
        this.merchantId = merchantId;
        this.userId = userId;
        this.author = author;
        this.rating = rating;
        this.content = content;
        this.createdAt = createdAt;
    }

    void anonymise() {
        this.author = "用户已注销";
    }

    FinderViews.Comment view() {
        return new FinderViews.Comment(id, author, rating, content, createdAt);
    }
}
