package io.chargeops.core.finder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A picture of a station (场站图片) the app shows on the station page; owned by the station's merchant. */
@Entity
@Table(name = "station_picture")
public class StationPicture {

    @Id
    @SequenceGenerator(name = "seq_station_picture", sequenceName = "SEQ_STATION_PICTURE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_station_picture")
    private Long id;

    @Column(name = "station_id", nullable = false, updatable = false)
    private Long stationId;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Column(name = "url", nullable = false, length = 500)
    private String url;

    @Column(name = "caption", length = 100)
    private String caption;

    @Column(name = "sort_no", nullable = false)
    private int sortNo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StationPicture() {
    }

    StationPicture(Long stationId, Long merchantId, String url, String caption, int sortNo, Instant createdAt) {
        this.stationId = stationId;
        this.merchantId = merchantId;
        this.url = url;
        this.caption = caption;
        this.sortNo = sortNo;
        this.createdAt = createdAt;
    }

    Long getStationId() {
        return stationId;
    }

    FinderViews.Picture view() {
        return new FinderViews.Picture(id, url, caption, sortNo);
    }
}
