package io.chargeops.core.finder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A station a user marked as favourite (收藏). */
@Entity
@Table(name = "app_favourite_station")
public class FavouriteStation {

    @Id
    @SequenceGenerator(name = "seq_app_favourite_station", sequenceName = "SEQ_APP_FAVOURITE_STATION", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "seq_app_favourite_station")
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "station_id", nullable = false, updatable = false)
    private Long stationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected FavouriteStation() {
    }

    FavouriteStation(Long userId, Long stationId, Instant createdAt) {
        this.userId = userId;
        this.stationId = stationId;
        this.createdAt = createdAt;
    }

    Long getStationId() {
        return stationId;
    }
}
