package io.chargeops.core.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an operation changed, as the operation log keeps it: the fields whose value differs between the record before
 * and after, each with both values, as compact JSON {@code {"name":["old","new"]}} (a created record has only
 * "after" values, a deleted one only "before"). A record is described by its fields: a Java record's components
 * (the services' views), or a map. Values are kept as short text; fields that look like secrets (passwords, hashes,
 * secrets, tokens, salts) are never kept, whatever the caller hands in.
 */
public final class ChangeDiff {

    /** A field name that holds something the log must not: matched anywhere in the name, any case. */
    static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|hash|salt|credential).*");

    static final int MAX_VALUE = 500;

    private ChangeDiff() {
    }

    /** One changed field; a null side means absent (created or deleted) or empty. */
    public record FieldChange(String field, String before, String after) {
    }

    /** The changed fields of {@code before} → {@code after} (either may be null), in field order. */
    public static List<FieldChange> between(Object before, Object after) {
        Map<String, String> old = describe(before);
        Map<String, String> now = describe(after);
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String a = old.get(field);
            String b = now.get(field);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(field, a, b));
            }
        }
        return changes;
    }

    /** Compact JSON of the changes: {@code {"field":[before,after],…}}, null sides as JSON null. */
    public static String json(List<FieldChange> changes) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (FieldChange c : changes) {
            JsonArrayBuilder pair = Json.createArrayBuilder();
            add(pair, c.before());
            add(pair, c.after());
            object.add(c.field(), pair);
        }
        return object.build().toString();
    }

    /** Reads what {@link #json} wrote (an unreadable text gives no changes). */
    public static List<FieldChange> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            List<FieldChange> changes = new ArrayList<>();
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                JsonArray pair = e.getValue().asJsonArray();
                changes.add(new FieldChange(e.getKey(), text(pair.get(0)), text(pair.get(1))));
            }
            return changes;
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The fields of a record or map as short text, secrets left out; empty for null. */
    static Map<String, String> describe(Object value) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (value == null) {
            return fields;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> put(fields, String.valueOf(k), v));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    put(fields, component.getName(), component.getAccessor().invoke(value));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
        } else {
            throw new IllegalArgumentException("describe a record or a map, not " + value.getClass().getName());
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String name, Object value) {
        if (SECRET.matcher(name).matches()) {
            return;
        }
        String text = shortText(value);
        if (text != null) {
            fields.put(name, text);
        }
    }

    /** Null for null and empty collections; numbers as plain decimals; instants ISO; collections comma-joined. */
    static String shortText(Object value) {
        String text;
        if (value == null) {
            return null;
        } else if (value instanceof BigDecimal d) {
            text = d.toPlainString();
        } else if (value instanceof Instant || value instanceof TemporalAccessor) {
            text = value.toString();
        } else if (value instanceof Enum<?> e) {
            text = e.name();
        } else if (value instanceof Collection<?> c) {
            if (c.isEmpty()) {
                return null;
            }
            text = c.stream().map(v -> v != null && v.getClass().isRecord() ? describe(v).toString() : String.valueOf(shortText(v)))
                    .collect(Collectors.joining(","));
        } else if (value.getClass().isRecord()) {
            text = describe(value).toString();
        } else {
            text = String.valueOf(value);
        }
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 1) + "…" : text;
    }

    private static void add(JsonArrayBuilder pair, String value) {
        if (value == null) {
            pair.addNull();
        } else {
            pair.add(value);
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : null;
    }
}
