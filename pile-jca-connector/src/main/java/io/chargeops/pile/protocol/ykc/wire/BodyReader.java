package io.chargeops.pile.protocol.ykc.wire;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/** Sequential little-endian reader over a message body; every read is bounds-checked so bad input cannot escape. */
public final class BodyReader {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final byte[] buf;
    private final int end;
    private int pos;

    public BodyReader(byte[] buf) {
        this(buf, 0, buf.length);
    }

    public BodyReader(byte[] buf, int off, int len) {
        this.buf = buf;
        this.pos = off;
        this.end = off + len;
    }

    public int remaining() {
        return end - pos;
    }

    public int position() {
        return pos;
    }

    private int take(int n) {
        if (n > end - pos) {
            throw new MalformedBodyException("body too short: need " + n + " more bytes at offset " + pos);
        }
        int at = pos;
        pos += n;
        return at;
    }

    public int u8() {
        return buf[take(1)] & 0xFF;
    }

    /** Unsigned little-endian integer of 1..7 bytes. */
    public long uint(int bytes) {
        int at = take(bytes);
        long v = 0;
        for (int i = bytes - 1; i >= 0; i--) {
            v = (v << 8) | (buf[at + i] & 0xFF);
        }
        return v;
    }

    public String bcd(int bytes) {
        int at = take(bytes);
        char[] out = new char[bytes * 2];
        for (int i = 0; i < bytes; i++) {
            int hi = (buf[at + i] >> 4) & 0x0F;
            int lo = buf[at + i] & 0x0F;
            if (hi > 9 || lo > 9) {
                throw new MalformedBodyException("non-BCD byte 0x" + HEX[hi] + HEX[lo] + " at offset " + (at + i));
            }
            out[2 * i] = (char) ('0' + hi);
            out[2 * i + 1] = (char) ('0' + lo);
        }
        return new String(out);
    }

    public String hex(int bytes) {
        int at = take(bytes);
        char[] out = new char[bytes * 2];
        for (int i = 0; i < bytes; i++) {
            out[2 * i] = HEX[(buf[at + i] >> 4) & 0x0F];
            out[2 * i + 1] = HEX[buf[at + i] & 0x0F];
        }
        return new String(out);
    }

    /** Fixed-width text; trailing NUL padding is dropped. ISO-8859-1 keeps every byte value, so nothing is lost. */
    public String ascii(int bytes) {
        int at = take(bytes);
        int len = bytes;
        while (len > 0 && buf[at + len - 1] == 0) {
            len--;
        }
        return new String(buf, at, len, StandardCharsets.ISO_8859_1);
    }

    /** Text stored back to front (the VIN in 0x31/0xA1). */
    public String asciiReversed(int bytes) {
        int at = take(bytes);
        byte[] rev = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            rev[i] = buf[at + bytes - 1 - i];
        }
        int len = bytes;
        while (len > 0 && rev[len - 1] == 0) {
            len--;
        }
        return new String(rev, 0, len, StandardCharsets.ISO_8859_1);
    }

    public LocalDateTime cp56() {
        return Cp56Time2a.decode(buf, take(Cp56Time2a.SIZE));
    }
}
