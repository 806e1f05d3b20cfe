package io.chargeops.pile.protocol.ykc.types;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Code-to-constant lookup for {@link ByteCode} enums, cached so decoding does not scan {@code values()}. */
public final class ByteCodes {
    private static final Map<Class<?>, Object[]> TABLES = new ConcurrentHashMap<>();

    private ByteCodes() {
    }

    public static <E extends Enum<E> & ByteCode> E lookup(Class<E> type, int code) {
        Object[] table = TABLES.computeIfAbsent(type, ByteCodes::table);
        if (code < 0 || code > 255 || table[code] == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no code 0x" + Integer.toHexString(code));
        }
        return type.cast(table[code]);
    }

    private static Object[] table(Class<?> type) {
        Object[] table = new Object[256];
        for (Object constant : type.getEnumConstants()) {
            table[((ByteCode) constant).code()] = constant;
        }
        return table;
    }
}
