package io.chargeops.pile.protocol.ykc.wire;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;

/** Growable little-endian writer for message bodies; range checks throw {@link IllegalArgumentException}. */
public final class BodyWriter {
    private byte[] buf;
    private int pos;

    public BodyWriter() {
        this(64);
    }

    public BodyWriter(int capacity) {
        buf = new byte[capacity];
    }

    private int reserve(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
        int at = pos;
        pos += n;
        return at;
    }

    public int size() {
        return pos;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    /** Direct access for the frame encoder, valid up to {@link #size()}. */
    public byte[] array() {
        return buf;
    }

    public void reset() {
        pos = 0;
    }

    public void u8(int v) {
        uint(v, 1);
    }

    public void uint(long v, int bytes) {
        if (v < 0 || (bytes < 8 && v >>> (8 * bytes) != 0)) {
            throw new IllegalArgumentException("value " + v + " does not fit " + bytes + " unsigned byte(s)");
        }
        int at = reserve(bytes);
        for (int i = 0; i < bytes; i++) {
            buf[at + i] = (byte) (v >>> (8 * i));
        }
    }

    public void bcd(String digits, int bytes) {
        if (digits.length() != bytes * 2) {
            throw new IllegalArgumentException("BCD field needs " + bytes * 2 + " digits: " + digits);
        }
        int at = reserve(bytes);
        for (int i = 0; i < bytes; i++) {
            int hi = digits.charAt(2 * i) - '0';
            int lo = digits.charAt(2 * i + 1) - '0';
            if (hi < 0 || hi > 9 || lo < 0 || lo > 9) {
                throw new IllegalArgumentException("not decimal: " + digits);
            }
            buf[at + i] = (byte) (hi << 4 | lo);
        }
    }

    public void hex(String hex, int bytes) {
        if (hex.length() != bytes * 2) {
            throw new IllegalArgumentException("hex field needs " + bytes * 2 + " characters: " + hex);
        }
        int at = reserve(bytes);
        for (int i = 0; i < bytes; i++) {
            int hi = Character.digit(hex.charAt(2 * i), 16);
            int lo = Character.digit(hex.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("not hex: " + hex);
            }
            buf[at + i] = (byte) (hi << 4 | lo);
        }
    }

    public void ascii(String text, int bytes) {
        byte[] raw = text.getBytes(StandardCharsets.ISO_8859_1);
        if (raw.length > bytes || !new String(raw, StandardCharsets.ISO_8859_1).equals(text)) {
            throw new IllegalArgumentException("text does not fit " + bytes + " single-byte characters: " + text);
        }
        int at = reserve(bytes);
        System.arraycopy(raw, 0, buf, at, raw.length);
        Arrays.fill(buf, at + raw.length, at + bytes, (byte) 0);
    }

    public void asciiReversed(String text, int bytes) {
        int at = pos;
        ascii(text, bytes);
        for (int i = 0, j = bytes - 1; i < j; i++, j--) {
            byte t = buf[at + i];
            buf[at + i] = buf[at + j];
            buf[at + j] = t;
        }
    }

    public void cp56(LocalDateTime t) {
        Cp56Time2a.encode(t, buf, reserve(Cp56Time2a.SIZE));
    }

    public void bytes(byte[] src, int off, int len) {
        System.arraycopy(src, off, buf, reserve(len), len);
    }
}
