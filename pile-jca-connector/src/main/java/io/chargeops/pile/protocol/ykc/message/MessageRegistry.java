package io.chargeops.pile.protocol.ykc.message;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps frame type bytes to message descriptors. A registry is immutable once built; vendor extensions can be added by
 * building a registry from the standard list plus their own types.
 */
public final class MessageRegistry {
    private static final MessageRegistry STANDARD = new MessageRegistry(StandardMessages.all());

    private final MessageType<?>[] byCode = new MessageType<?>[256];
    private final Map<Class<?>, MessageType<?>> byClass = new ConcurrentHashMap<>();

    public MessageRegistry(Collection<MessageType<?>> types) {
        for (MessageType<?> t : types) {
            if (byCode[t.code()] != null) {
                throw new IllegalArgumentException("duplicate type code " + t);
            }
            byCode[t.code()] = t;
            byClass.put(t.messageClass(), t);
        }
    }

    public static MessageRegistry standard() {
        return STANDARD;
    }

    public Optional<MessageType<?>> forCode(int code) {
        return Optional.ofNullable(code >= 0 && code < 256 ? byCode[code] : null);
    }

    /** Allocation-free lookup for the decoder hot path; null when unknown. */
    public MessageType<?> forCodeOrNull(int code) {
        return byCode[code & 0xFF];
    }

    public Optional<MessageType<?>> forClass(Class<? extends YkcMessage> type) {
        return Optional.ofNullable(byClass.get(type));
    }

    public List<MessageType<?>> all() {
        List<MessageType<?>> list = new ArrayList<>();
        for (MessageType<?> t : byCode) {
            if (t != null) {
                list.add(t);
            }
        }
        return list;
    }
}
