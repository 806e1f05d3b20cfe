package io.chargeops.pile.protocol.ykc.wire;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds a body layout (a list of {@link Field}s) to a record's canonical constructor and accessors. The binding is
 * checked once, when the record class initialises, so a layout that drifts from its record fails at start-up rather
 * than on the first frame.
 */
public final class RecordSchema<T extends Record> {
    private final Class<T> type;
    private final List<Field> fields;
    private final int fixedSize;
    private final int arity;
    private final MethodHandle constructor;
    private final MethodHandle[] accessors;

    private RecordSchema(Class<T> type, List<Field> fields) {
        this.type = type;
        this.fields = List.copyOf(fields);
        RecordComponent[] rc = type.getRecordComponents();
        if (rc == null) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        List<Class<?>> declared = new ArrayList<>();
        int size = 0;
        for (Field f : fields) {
            declared.addAll(f.componentTypes());
            size = (size < 0 || f.size() < 0) ? -1 : size + f.size();
        }
        if (declared.size() != rc.length) {
            throw new IllegalStateException(type.getSimpleName() + ": layout maps " + declared.size()
                    + " components, record has " + rc.length);
        }
        Class<?>[] ctorTypes = new Class<?>[rc.length];
        accessors = new MethodHandle[rc.length];
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        try {
            for (int i = 0; i < rc.length; i++) {
                if (rc[i].getType() != declared.get(i)) {
                    throw new IllegalStateException(type.getSimpleName() + "." + rc[i].getName() + " is "
                            + rc[i].getType().getSimpleName() + " but the layout gives "
                            + declared.get(i).getSimpleName());
                }
                ctorTypes[i] = rc[i].getType();
                accessors[i] = lookup.unreflect(rc[i].getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
            }
            constructor = lookup.findConstructor(type, MethodType.methodType(void.class, ctorTypes))
                    .asSpreader(Object[].class, rc.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot bind " + type, e);
        }
        this.fixedSize = size;
        this.arity = rc.length;
    }

    @SafeVarargs
    public static <T extends Record> RecordSchema<T> of(Class<T> type, Field... fields) {
        return new RecordSchema<>(type, List.of(fields));
    }

    public Class<T> type() {
        return type;
    }

    public List<Field> fields() {
        return fields;
    }

    /** Body size in bytes, or -1 for layouts with lists. */
    public int fixedSize() {
        return fixedSize;
    }

    public T read(BodyReader in) {
        Object[] args = new Object[arity];
        int index = 0;
        for (Field f : fields) {
            f.read(in, args, index);
            index += f.componentTypes().size();
        }
        return instantiate(args);
    }

    /** Builds an instance from component values in declaration order; constructor validation still applies. */
    public T instantiate(Object[] args) {
        try {
            return type.cast((Object) constructor.invokeExact(args));
        } catch (IllegalArgumentException | MalformedBodyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(type.getSimpleName() + ": " + e, e);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    public void write(BodyWriter out, T value) {
        Object[] args = new Object[arity];
        try {
            for (int i = 0; i < arity; i++) {
                args[i] = (Object) accessors[i].invokeExact((Object) value);
            }
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        int index = 0;
        for (Field f : fields) {
            f.write(out, args, index);
            index += f.componentTypes().size();
        }
    }
}
