package io.chargeops.core.finder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

/** What the app shows when finding stations and scanning guns. */
public final class FinderViews {

    private FinderViews() {
    }

    /** The price of one kWh now (元): electricity + service = total, and which TOU period it is. */
    public record Price(String rateType, BigDecimal electricityPrice, BigDecimal servicePrice, BigDecimal totalPrice) {
    }

    /** One stretch of the day at one price (local time of the operator, {@code to} exclusive; 24:00 shown as 00:00). */
    public record PricePeriod(LocalTime from, LocalTime to, String rateType, BigDecimal electricityPrice,
                              BigDecimal servicePrice, BigDecimal totalPrice) {
    }

    /** A station in a result list. Coordinates in the coordinate system asked for. */
    public record StationSummary(Long id, String name, String address, String cityCode, BigDecimal longitude,
                                 BigDecimal latitude, String coordinateSystem, BigDecimal distanceKm, String openingHours,
                                 String stationType, String parkingFeeNote, int fastGuns, int slowGuns, int freeGuns,
                                 Price currentPrice, BigDecimal maxPowerKw, String parkingFeeType, Boolean openNow) {
    }

    /** A page of results. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** A gun at a station with its live state. */
    public record GunInfo(String gunCode, String pileCode, int gunNo, String pileType, BigDecimal ratedPowerKw,
                          String state, boolean pileOnline) {
    }

    /** A station's page: where, when, what it costs today, its guns grouped fast (DC) / slow (AC), pictures, comments. */
    public record StationDetail(StationSummary station, String servicePhone, List<PricePeriod> priceTable,
                                List<GunInfo> fastGuns, List<GunInfo> slowGuns, Instant at, List<Picture> pictures,
                                BigDecimal averageRating, long commentCount, List<Comment> latestComments) {
    }

    /** A station picture, in display order. */
    public record Picture(Long id, String url, String caption, int sortNo) {
    }

    /** A driver's comment; the author is a nickname or a masked phone number. */
    public record Comment(Long id, String author, int rating, String content, Instant createdAt) {
    }

    /**
     * A scanned gun: where it is, its price now and whether a start can go ahead — {@code blockedReason} OFFLINE,
     * FAULT or IN_USE blocks it; NOT_PLUGGED_IN (state IDLE) only advises plugging in first.
     */
    public record ScannedGun(String gunCode, String pileCode, int gunNo, String pileType, BigDecimal ratedPowerKw,
                             Long stationId, String stationName, String stationAddress, String state,
                             boolean pileOnline, boolean startable, String blockedReason, String advice,
                             Price currentPrice, List<PricePeriod> priceTable) {
    }
}
