package io.chargeops.pile.protocol.ykc.wire;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * IEC 60870-5 CP56Time2a, 7 bytes, local wall-clock time (the protocol carries no zone). Day-of-week, IV and SU bits
 * are masked off on read because piles fill them inconsistently; on write they are zero.
 */
public final class Cp56Time2a {
    public static final int SIZE = 7;

    private Cp56Time2a() {
    }

    public static LocalDateTime decode(byte[] b, int off) {
        int millis = (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8;
        int minute = b[off + 2] & 0x3F;
        int hour = b[off + 3] & 0x1F;
        int day = b[off + 4] & 0x1F;
        int month = b[off + 5] & 0x0F;
        int year = 2000 + (b[off + 6] & 0x7F);
        if (millis >= 60_000) {
            throw new MalformedBodyException("CP56Time2a milliseconds out of range: " + millis);
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, millis / 1000, (millis % 1000) * 1_000_000);
        } catch (DateTimeException e) {
            throw new MalformedBodyException("invalid CP56Time2a date: " + e.getMessage(), e);
        }
    }

    /** Sub-millisecond precision is dropped: the format has none. */
    public static void encode(LocalDateTime t, byte[] b, int off) {
        if (t.getYear() < 2000 || t.getYear() > 2127) {
            throw new IllegalArgumentException("CP56Time2a covers years 2000..2127 only: " + t);
        }
        int millis = t.getSecond() * 1000 + t.getNano() / 1_000_000;
        b[off] = (byte) millis;
        b[off + 1] = (byte) (millis >>> 8);
        b[off + 2] = (byte) t.getMinute();
        b[off + 3] = (byte) t.getHour();
        b[off + 4] = (byte) t.getDayOfMonth();
        b[off + 5] = (byte) t.getMonthValue();
        b[off + 6] = (byte) (t.getYear() - 2000);
    }
}
