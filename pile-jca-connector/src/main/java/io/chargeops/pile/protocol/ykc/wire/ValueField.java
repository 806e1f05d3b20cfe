package io.chargeops.pile.protocol.ykc.wire;

import java.util.List;

/** A field that maps to exactly one record component. */
public abstract class ValueField<T> extends Field {
    private final Class<?> type;

    protected ValueField(String name, Class<?> type) {
        super(name);
        this.type = type;
    }

    public Class<?> type() {
        return type;
    }

    @Override
    public List<Class<?>> componentTypes() {
        return List.of(type);
    }

    protected abstract T get(BodyReader in);

    protected abstract void put(BodyWriter out, T value);

    @Override
    public final void read(BodyReader in, Object[] components, int index) {
        try {
            components[index] = get(in);
        } catch (IllegalArgumentException e) {
            throw new MalformedBodyException(name() + ": " + e.getMessage(), e);
        } catch (MalformedBodyException e) {
            throw new MalformedBodyException(name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void write(BodyWriter out, Object[] components, int index) {
        Object v = components[index];
        if (v == null) {
            throw new IllegalArgumentException(name() + " must not be null");
        }
        try {
            put(out, (T) v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name() + ": " + e.getMessage(), e);
        }
    }
}
