package io.chargeops.core.finder;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the station row's free texts say, for the app's filters: the parking fee type read from the parking note,
 * and whether the opening hours include a time of day. Pure code.
 */
public final class StationFilters {

    /** Parking while charging: FREE (the note says free, without limits), LIMITED_FREE (free for a while), PAID, UNKNOWN (no note). */
    public enum ParkingFeeType { FREE, LIMITED_FREE, PAID, UNKNOWN }

    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*[-~–—至到]\\s*(\\d{1,2}):(\\d{2})");
    private static final Pattern LIMIT = Pattern.compile("小时|分钟|元|超出|超过|hour|minute|min\\b|yuan|after", Pattern.CASE_INSENSITIVE);

    private StationFilters() {
    }

    public static ParkingFeeType parkingFeeType(String note) {
        if (note == null || note.isBlank()) {
            return ParkingFeeType.UNKNOWN;
        }
        String n = note.toLowerCase(Locale.ROOT);
        boolean free = n.contains("免费") || n.contains("免停车费") || n.contains("free");
        if (!free) {
            return ParkingFeeType.PAID;
        }
        return LIMIT.matcher(n).find() ? ParkingFeeType.LIMITED_FREE : ParkingFeeType.FREE;
    }

    /**
     * Whether hours like {@code 00:00-24:00}, {@code 06:00-23:00}, {@code 22:00-06:00} (over midnight) or
     * {@code 08:00-12:00,14:00-20:00} include {@code time}; {@code 24小时}/{@code 全天}/{@code 24h} always; null when the
     * text says nothing readable (no hours given).
     */
    public static Boolean openAt(String hours, LocalTime time) {
        if (hours == null || hours.isBlank()) {
            return null;
        }
        String h = hours.toLowerCase(Locale.ROOT);
        if (h.contains("24小时") || h.contains("全天") || h.contains("24h") || h.contains("24 h")) {
            return Boolean.TRUE;
        }
        Matcher m = RANGE.matcher(h);
        boolean any = false;
        int now = time.getHour() * 60 + time.getMinute();
        while (m.find()) {
            any = true;
            int from = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
            int to = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
            if (from == to || from == 0 && to >= 24 * 60) {
                return Boolean.TRUE;
            }
            boolean inside = from < to ? now >= from && now < to : now >= from || now < to;
            if (inside) {
                return Boolean.TRUE;
            }
        }
        return any ? Boolean.FALSE : null;
    }
}
