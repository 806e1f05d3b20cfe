package io.chargeops.pile.protocol.ykc.wire;

import java.util.List;

/**
 * One field of a body layout, bound to one or more record components (most fields map to exactly one; bit-packed
 * bytes map to one component per bit group). Layouts are data so that encoder, decoder, offsets and test generators
 * all come from a single description of each frame.
 */
public abstract class Field {
    private final String name;

    protected Field(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Encoded size in bytes, or -1 when it depends on the value. */
    public abstract int size();

    /** Java types of the record components this field fills, in order. */
    public abstract List<Class<?>> componentTypes();

    public abstract void read(BodyReader in, Object[] components, int index);

    public abstract void write(BodyWriter out, Object[] components, int index);

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + name + ")";
    }
}
