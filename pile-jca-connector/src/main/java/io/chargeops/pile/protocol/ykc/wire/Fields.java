package io.chargeops.pile.protocol.ykc.wire;

import io.chargeops.pile.protocol.ykc.types.ByteCode;
import io.chargeops.pile.protocol.ykc.types.ByteCodes;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/** The field kinds the YKC layouts are built from, with short factory methods used by the message records. */
public final class Fields {
    private Fields() {
    }

    /** Unsigned little-endian integer of 1..3 bytes mapped to {@code int}. */
    public static final class UInt extends ValueField<Integer> {
        public final int bytes;

        UInt(String name, int bytes) {
            super(name, int.class);
            this.bytes = bytes;
        }

        @Override public int size() { return bytes; }
        @Override protected Integer get(BodyReader in) { return (int) in.uint(bytes); }
        @Override protected void put(BodyWriter out, Integer v) { out.uint(v, bytes); }
    }

    /** Unsigned little-endian integer of 4..5 bytes mapped to {@code long}. */
    public static final class ULong extends ValueField<Long> {
        public final int bytes;

        ULong(String name, int bytes) {
            super(name, long.class);
            this.bytes = bytes;
        }

        @Override public int size() { return bytes; }
        @Override protected Long get(BodyReader in) { return in.uint(bytes); }
        @Override protected void put(BodyWriter out, Long v) { out.uint(v, bytes); }
    }

    /** Integer with an additive offset (temperatures −50 °C, production year +1985, probe numbers +1). */
    public static final class Offset extends ValueField<Integer> {
        public final int bytes;
        public final int offset;

        Offset(String name, int bytes, int offset) {
            super(name, int.class);
            this.bytes = bytes;
            this.offset = offset;
        }

        @Override public int size() { return bytes; }
        @Override protected Integer get(BodyReader in) { return (int) in.uint(bytes) + offset; }
        @Override protected void put(BodyWriter out, Integer v) { out.uint((long) v - offset, bytes); }
    }

    /** Packed BCD number mapped to {@code int} (gun numbers). */
    public static final class BcdInt extends ValueField<Integer> {
        public final int bytes;

        BcdInt(String name, int bytes) {
            super(name, int.class);
            this.bytes = bytes;
        }

        @Override public int size() { return bytes; }
        @Override protected Integer get(BodyReader in) { return Integer.parseInt(in.bcd(bytes)); }

        @Override
        protected void put(BodyWriter out, Integer v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative: " + v);
            }
            String s = Integer.toString(v);
            if (s.length() > bytes * 2) {
                throw new IllegalArgumentException(v + " needs more than " + bytes * 2 + " BCD digits");
            }
            out.bcd("0".repeat(bytes * 2 - s.length()) + s, bytes);
        }
    }

    /**
     * Decimal quantity sent as a scaled unsigned integer: value = raw / 10^scale + offset. BigDecimal keeps money and
     * energy exact; values come back with exactly {@code scale} decimals, and encoding refuses anything that would need
     * rounding.
     */
    public static final class Scaled extends ValueField<BigDecimal> {
        public final int bytes;
        public final int scale;
        public final BigDecimal offset;

        Scaled(String name, int bytes, int scale, BigDecimal offset) {
            super(name, BigDecimal.class);
            this.bytes = bytes;
            this.scale = scale;
            this.offset = offset.setScale(scale);
        }

        @Override public int size() { return bytes; }

        @Override
        protected BigDecimal get(BodyReader in) {
            return BigDecimal.valueOf(in.uint(bytes), scale).add(offset);
        }

        @Override
        protected void put(BodyWriter out, BigDecimal v) {
            BigDecimal raw = v.subtract(offset);
            BigDecimal unscaled;
            try {
                unscaled = raw.setScale(scale).movePointRight(scale);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(v + " has more than " + scale + " decimals");
            }
            if (unscaled.signum() < 0 || unscaled.compareTo(BigDecimal.valueOf(maxRaw())) > 0) {
                throw new IllegalArgumentException(v + " is outside the range of the field");
            }
            out.uint(unscaled.longValueExact(), bytes);
        }

        public long maxRaw() {
            return bytes >= 8 ? Long.MAX_VALUE : (1L << (8 * bytes)) - 1;
        }
    }

    /** One-byte code mapped to a closed enum; an undefined code makes the frame malformed. */
    public static final class Code<E extends Enum<E> & ByteCode> extends ValueField<E> {
        public final Class<E> enumType;

        Code(String name, Class<E> enumType) {
            super(name, enumType);
            this.enumType = enumType;
        }

        @Override public int size() { return 1; }
        @Override protected E get(BodyReader in) { return ByteCodes.lookup(enumType, in.u8()); }
        @Override protected void put(BodyWriter out, E v) { out.u8(v.code()); }
    }

    /** One-byte code mapped to an open code record; any byte value is accepted. */
    public static final class OpenCode<T extends ByteCode> extends ValueField<T> {
        public final IntFunction<T> factory;

        OpenCode(String name, Class<T> type, IntFunction<T> factory) {
            super(name, type);
            this.factory = factory;
        }

        @Override public int size() { return 1; }
        @Override protected T get(BodyReader in) { return factory.apply(in.u8()); }
        @Override protected void put(BodyWriter out, T v) { out.u8(v.code()); }
    }

    /** 0x00 / 0x01 flag; other values are malformed. */
    public static final class Bool extends ValueField<Boolean> {
        Bool(String name) {
            super(name, boolean.class);
        }

        @Override public int size() { return 1; }

        @Override
        protected Boolean get(BodyReader in) {
            int v = in.u8();
            if (v > 1) {
                throw new MalformedBodyException("flag must be 0 or 1, was " + v);
            }
            return v == 1;
        }

        @Override protected void put(BodyWriter out, Boolean v) { out.u8(v ? 1 : 0); }
    }

    /** Fixed-width, NUL-padded single-byte text. */
    public static final class Ascii extends ValueField<String> {
        public final int bytes;
        public final boolean reversed;

        Ascii(String name, int bytes, boolean reversed) {
            super(name, String.class);
            this.bytes = bytes;
            this.reversed = reversed;
        }

        @Override public int size() { return bytes; }
        @Override protected String get(BodyReader in) { return reversed ? in.asciiReversed(bytes) : in.ascii(bytes); }

        @Override
        protected void put(BodyWriter out, String v) {
            if (reversed) {
                out.asciiReversed(v, bytes);
            } else {
                out.ascii(v, bytes);
            }
        }
    }

    /** Raw bytes as upper-case hex, optionally wrapped in a value type (physical card numbers, ICCID). */
    public static final class Hex<T> extends ValueField<T> {
        public final int bytes;
        public final Function<String, T> parse;
        public final Function<T, String> format;

        Hex(String name, int bytes, Class<T> type, Function<String, T> parse, Function<T, String> format) {
            super(name, type);
            this.bytes = bytes;
            this.parse = parse;
            this.format = format;
        }

        @Override public int size() { return bytes; }
        @Override protected T get(BodyReader in) { return parse.apply(in.hex(bytes)); }
        @Override protected void put(BodyWriter out, T v) { out.hex(format.apply(v), bytes); }
    }

    /** Packed BCD digits wrapped in a value type (pile code, transaction serial, ...). */
    public static final class Bcd<T> extends ValueField<T> {
        public final int bytes;
        public final Function<String, T> parse;
        public final Function<T, String> format;

        Bcd(String name, int bytes, Class<T> type, Function<String, T> parse, Function<T, String> format) {
            super(name, type);
            this.bytes = bytes;
            this.parse = parse;
            this.format = format;
        }

        @Override public int size() { return bytes; }
        @Override protected T get(BodyReader in) { return parse.apply(in.bcd(bytes)); }
        @Override protected void put(BodyWriter out, T v) { out.bcd(format.apply(v), bytes); }
    }

    /** CP56Time2a timestamp. */
    public static final class Time extends ValueField<LocalDateTime> {
        Time(String name) {
            super(name, LocalDateTime.class);
        }

        @Override public int size() { return Cp56Time2a.SIZE; }
        @Override protected LocalDateTime get(BodyReader in) { return in.cp56(); }
        @Override protected void put(BodyWriter out, LocalDateTime v) { out.cp56(v); }
    }

    /** A nested fixed-layout record (e.g. one tariff period of a transaction record). */
    public static final class Struct<T extends Record> extends ValueField<T> {
        public final RecordSchema<T> schema;

        Struct(String name, RecordSchema<T> schema) {
            super(name, schema.type());
            this.schema = schema;
        }

        @Override public int size() { return schema.fixedSize(); }
        @Override protected T get(BodyReader in) { return schema.read(in); }
        @Override protected void put(BodyWriter out, T v) { schema.write(out, v); }
    }

    /**
     * A list of fixed-layout elements. With {@code counted} a count byte precedes them (0x44/0x46/0x48); otherwise the
     * elements run to the end of the body (0x45/0x47), and with {@code fixedCount} > 0 the count is implied (48
     * half-hour tariff slots).
     */
    public static final class ListOf<E> extends ValueField<List<E>> {
        public final ValueField<E> element;
        public final boolean counted;
        public final int minCount;
        public final int maxCount;

        ListOf(String name, ValueField<E> element, boolean counted, int minCount, int maxCount) {
            super(name, List.class);
            this.element = element;
            this.counted = counted;
            this.minCount = minCount;
            this.maxCount = maxCount;
        }

        public boolean fixedCount() {
            return !counted && minCount == maxCount;
        }

        @Override
        public int size() {
            return fixedCount() ? element.size() * minCount : -1;
        }

        @Override
        protected List<E> get(BodyReader in) {
            int count;
            if (counted) {
                count = in.u8();
                if (count * element.size() != in.remaining()) {
                    throw new MalformedBodyException("count " + count + " does not match " + in.remaining()
                            + " remaining bytes");
                }
            } else if (fixedCount()) {
                count = minCount;
            } else {
                if (in.remaining() % element.size() != 0) {
                    throw new MalformedBodyException(in.remaining() + " bytes is not a whole number of "
                            + element.size() + "-byte entries");
                }
                count = in.remaining() / element.size();
            }
            if (count < minCount || count > maxCount) {
                throw new MalformedBodyException("count " + count + " outside " + minCount + ".." + maxCount);
            }
            List<E> list = new ArrayList<>(count);
            Object[] one = new Object[1];
            for (int i = 0; i < count; i++) {
                element.read(in, one, 0);
                @SuppressWarnings("unchecked")
                E e = (E) one[0];
                list.add(e);
            }
            return Collections.unmodifiableList(list);
        }

        @Override
        protected void put(BodyWriter out, List<E> v) {
            if (v.size() < minCount || v.size() > maxCount) {
                throw new IllegalArgumentException("needs " + minCount + ".." + maxCount + " entries, has " + v.size());
            }
            if (counted) {
                out.u8(v.size());
            }
            Object[] one = new Object[1];
            for (E e : v) {
                one[0] = e;
                element.write(out, one, 0);
            }
        }
    }

    /** A group of bits inside a {@link Bits} field. */
    public static final class Slot {
        public final String name;
        public final int width;
        /** enum implementing ByteCode, {@code int.class}, or {@code BigDecimal.class} (then {@link #scale} applies). */
        public final Class<?> type;
        public final int scale;

        Slot(String name, int width, Class<?> type, int scale) {
            this.name = name;
            this.width = width;
            this.type = type;
            this.scale = scale;
        }
    }

    /**
     * Little-endian bytes split into bit groups from the least significant bit up, one record component per group.
     * GB/T 27930 status frames pack 2-bit states this way; every bit is mapped, reserved ones to ints, so nothing is
     * lost on a round trip.
     */
    public static final class Bits extends Field {
        public final int bytes;
        public final List<Slot> slots;

        Bits(String name, int bytes, List<Slot> slots) {
            super(name);
            this.bytes = bytes;
            this.slots = List.copyOf(slots);
            int total = slots.stream().mapToInt(s -> s.width).sum();
            if (total != bytes * 8) {
                throw new IllegalArgumentException(name + ": slots cover " + total + " bits, need " + bytes * 8);
            }
        }

        @Override public int size() { return bytes; }

        @Override
        public List<Class<?>> componentTypes() {
            return slots.stream().<Class<?>>map(s -> s.type).toList();
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void read(BodyReader in, Object[] components, int index) {
            long raw = in.uint(bytes);
            int shift = 0;
            for (int i = 0; i < slots.size(); i++) {
                Slot s = slots.get(i);
                int v = (int) ((raw >>> shift) & ((1L << s.width) - 1));
                shift += s.width;
                Object value;
                if (s.type == int.class) {
                    value = v;
                } else if (s.type == BigDecimal.class) {
                    value = BigDecimal.valueOf(v, s.scale);
                } else {
                    try {
                        value = ByteCodes.lookup((Class) s.type, v);
                    } catch (IllegalArgumentException e) {
                        throw new MalformedBodyException(name() + "." + s.name + ": " + e.getMessage(), e);
                    }
                }
                components[index + i] = value;
            }
        }

        @Override
        public void write(BodyWriter out, Object[] components, int index) {
            long raw = 0;
            int shift = 0;
            for (int i = 0; i < slots.size(); i++) {
                Slot s = slots.get(i);
                Object value = components[index + i];
                long v;
                if (value instanceof Integer n) {
                    v = n;
                } else if (value instanceof BigDecimal d) {
                    try {
                        v = d.setScale(s.scale).unscaledValue().longValueExact();
                    } catch (ArithmeticException e) {
                        throw new IllegalArgumentException(name() + "." + s.name + ": too many decimals: " + d);
                    }
                } else if (value instanceof ByteCode c) {
                    v = c.code();
                } else {
                    throw new IllegalArgumentException(name() + "." + s.name + " must not be null");
                }
                if (v < 0 || v >= (1L << s.width)) {
                    throw new IllegalArgumentException(name() + "." + s.name + ": " + value + " does not fit "
                            + s.width + " bits");
                }
                raw |= v << shift;
                shift += s.width;
            }
            out.uint(raw, bytes);
        }
    }

    // ---- factories: the vocabulary of the layouts -------------------------------------------------------------

    public static UInt u8(String name) { return new UInt(name, 1); }
    public static UInt u16(String name) { return new UInt(name, 2); }
    public static UInt u24(String name) { return new UInt(name, 3); }
    public static ULong u32(String name) { return new ULong(name, 4); }
    public static ULong u40(String name) { return new ULong(name, 5); }
    public static Offset offset(String name, int bytes, int offset) { return new Offset(name, bytes, offset); }
    public static BcdInt gun(String name) { return new BcdInt(name, 1); }

    public static Scaled scaled(String name, int bytes, int scale) {
        return new Scaled(name, bytes, scale, BigDecimal.ZERO);
    }

    public static Scaled scaled(String name, int bytes, int scale, int offset) {
        return new Scaled(name, bytes, scale, BigDecimal.valueOf(offset));
    }

    public static <E extends Enum<E> & ByteCode> Code<E> code(String name, Class<E> type) {
        return new Code<>(name, type);
    }

    public static <T extends ByteCode> OpenCode<T> openCode(String name, Class<T> type, IntFunction<T> factory) {
        return new OpenCode<>(name, type, factory);
    }

    public static Bool bool(String name) { return new Bool(name); }
    public static Ascii ascii(String name, int bytes) { return new Ascii(name, bytes, false); }
    public static Ascii asciiReversed(String name, int bytes) { return new Ascii(name, bytes, true); }
    public static Hex<String> hex(String name, int bytes) {
        return new Hex<>(name, bytes, String.class, Function.identity(), Function.identity());
    }

    public static <T> Hex<T> hex(String name, int bytes, Class<T> type, Function<String, T> parse,
            Function<T, String> format) {
        return new Hex<>(name, bytes, type, parse, format);
    }

    public static <T> Bcd<T> bcd(String name, int bytes, Class<T> type, Function<String, T> parse,
            Function<T, String> format) {
        return new Bcd<>(name, bytes, type, parse, format);
    }

    public static Time time(String name) { return new Time(name); }

    public static <T extends Record> Struct<T> struct(String name, RecordSchema<T> schema) {
        return new Struct<>(name, schema);
    }

    public static <E> ListOf<E> countedList(String name, ValueField<E> element, int maxCount) {
        return new ListOf<>(name, element, true, 0, maxCount);
    }

    public static <E> ListOf<E> trailingList(String name, ValueField<E> element, int maxCount) {
        return new ListOf<>(name, element, false, 0, maxCount);
    }

    public static <E> ListOf<E> fixedList(String name, ValueField<E> element, int count) {
        return new ListOf<>(name, element, false, count, count);
    }

    public static Bits bits(String name, int bytes, Slot... slots) { return new Bits(name, bytes, List.of(slots)); }

    public static <E extends Enum<E> & ByteCode> Slot slot(String name, int width, Class<E> type) {
        return new Slot(name, width, type, 0);
    }

    public static Slot intSlot(String name, int width) { return new Slot(name, width, int.class, 0); }

    public static Slot scaledSlot(String name, int width, int scale) {
        return new Slot(name, width, BigDecimal.class, scale);
    }
}
