package io.chargeops.pile.protocol.ykc;

import io.chargeops.pile.protocol.ykc.message.MessageType;
import io.chargeops.pile.protocol.ykc.message.StandardMessages;
import io.chargeops.pile.protocol.ykc.message.YkcMessage;
import io.chargeops.pile.protocol.ykc.wire.Field;
import io.chargeops.pile.protocol.ykc.wire.Fields;
import io.chargeops.pile.protocol.ykc.wire.RecordSchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators derived from the same layouts the codec uses, so every message type gets a generator without hand-written
 * code, and every generated value is one its field can carry.
 */
public final class MessageArbitraries {
    private static final long MIN_TIME = LocalDateTime.of(2000, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
    private static final long MAX_TIME = LocalDateTime.of(2099, 12, 31, 23, 59, 59).toInstant(ZoneOffset.UTC)
            .toEpochMilli();

    private MessageArbitraries() {
    }

    public static Arbitrary<YkcMessage> anyMessage() {
        return Arbitraries.oneOf(StandardMessages.all().stream().map(MessageArbitraries::of).toList());
    }

    /** Messages whose frame respects the spec's 200-byte data-field limit (the default framing maximum). */
    public static Arbitrary<YkcMessage> of(MessageType<?> type) {
        return ofAnySize(type).filter(m -> type.encode(m).length + 4 <= FramingOptions.DEFAULT.maxLength());
    }

    /** Up to the spec's list maxima, which for the offline-card frames exceed the 200-byte limit. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Arbitrary<YkcMessage> ofAnySize(MessageType<?> type) {
        return (Arbitrary) record(type.schema());
    }

    public static <T extends Record> Arbitrary<T> record(RecordSchema<T> schema) {
        List<Arbitrary<Object>> parts = new ArrayList<>();
        for (Field f : schema.fields()) {
            parts.addAll(components(f));
        }
        return Combinators.combine(parts).as(values -> schema.instantiate(values.toArray()));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> generic(Arbitrary<?> a) {
        return (Arbitrary<Object>) a;
    }

    private static List<Arbitrary<Object>> components(Field f) {
        if (f instanceof Fields.Bits b) {
            List<Arbitrary<Object>> list = new ArrayList<>();
            for (Fields.Slot s : b.slots) {
                int max = (1 << s.width) - 1;
                if (s.type == int.class) {
                    list.add(generic(Arbitraries.integers().between(0, max)));
                } else if (s.type == BigDecimal.class) {
                    list.add(generic(Arbitraries.integers().between(0, max).map(v -> BigDecimal.valueOf(v, s.scale))));
                } else {
                    list.add(generic(Arbitraries.of(s.type.getEnumConstants())));
                }
            }
            return list;
        }
        return List.of(value(f));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Arbitrary<Object> value(Field f) {
        if (f instanceof Fields.UInt u) {
            return generic(Arbitraries.integers().between(0, (1 << (8 * u.bytes)) - 1));
        }
        if (f instanceof Fields.ULong u) {
            return generic(Arbitraries.longs().between(0, (1L << (8 * u.bytes)) - 1));
        }
        if (f instanceof Fields.Offset o) {
            return generic(Arbitraries.integers().between(o.offset, o.offset + (1 << (8 * o.bytes)) - 1));
        }
        if (f instanceof Fields.BcdInt b) {
            return generic(Arbitraries.integers().between(0, (int) Math.pow(10, 2 * b.bytes) - 1));
        }
        if (f instanceof Fields.Scaled s) {
            return generic(Arbitraries.longs().between(0, s.maxRaw())
                    .map(raw -> BigDecimal.valueOf(raw, s.scale).add(s.offset)));
        }
        if (f instanceof Fields.Code<?> c) {
            return generic(Arbitraries.of(c.enumType.getEnumConstants()));
        }
        if (f instanceof Fields.OpenCode<?> c) {
            return generic(Arbitraries.integers().between(0, 255).map(c.factory::apply));
        }
        if (f instanceof Fields.Bool) {
            return generic(Arbitraries.of(true, false));
        }
        if (f instanceof Fields.Ascii a) {
            return generic(Arbitraries.strings().withCharRange(' ', '~').ofMinLength(0).ofMaxLength(a.bytes));
        }
        if (f instanceof Fields.Hex h) {
            return generic(Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(2 * h.bytes)
                    .map(s -> h.parse.apply(s)));
        }
        if (f instanceof Fields.Bcd b) {
            return generic(Arbitraries.strings().numeric().ofLength(2 * b.bytes).map(s -> b.parse.apply(s)));
        }
        if (f instanceof Fields.Time) {
            return generic(Arbitraries.longs().between(MIN_TIME, MAX_TIME)
                    .map(ms -> LocalDateTime.ofInstant(Instant.ofEpochMilli(ms), ZoneOffset.UTC)));
        }
        if (f instanceof Fields.Struct s) {
            return generic(record(s.schema));
        }
        if (f instanceof Fields.ListOf l) {
            return generic(value(l.element).list().ofMinSize(l.minCount).ofMaxSize(l.maxCount));
        }
        throw new IllegalStateException("no generator for field kind " + f);
    }
}
