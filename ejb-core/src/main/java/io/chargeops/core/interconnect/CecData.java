package io.chargeops.core.interconnect;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The business parameters inside {@code Data}, read leniently (numbers given as strings, unknown fields ignored)
 * and checked strictly: a missing or malformed required field is Ret 4004.
 */
final class CecData {

    private static final Pattern SERVICE_NAMES = Pattern.compile("\"(Total|Detail)?Sevice(Price|Money)\"");

    private final JsonObject json;

    private CecData(JsonObject json) {
        this.json = json;
    }

    /** Reads decrypted Data; not a JSON object → 4004 (it decrypted, so the envelope itself was fine). */
    static CecData parse(String plaintext) {
        try (JsonReader reader = Json.createReader(new StringReader(plaintext == null ? "" : plaintext))) {
            JsonValue v = reader.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new CecException(CecRet.INVALID_BUSINESS, "Data必须是JSON对象");
            }
            return new CecData(v.asJsonObject());
        } catch (JsonException | IllegalStateException e) {
            throw new CecException(CecRet.INVALID_BUSINESS, "Data不是合法的JSON");
        }
    }

    String text(String name, boolean required, int maxLength) {
        JsonValue v = json.get(name);
        String s = v instanceof JsonString js ? js.getString()
                : v instanceof JsonNumber n ? n.toString() : null;
        if (s == null || s.isBlank()) {
            if (required) {
                throw new CecException(CecRet.INVALID_BUSINESS, "缺少业务参数 " + name);
            }
            return null;
        }
        if (s.length() > maxLength) {
            throw new CecException(CecRet.INVALID_BUSINESS, "业务参数 " + name + " 过长");
        }
        return s.trim();
    }

    int integer(String name, int defaultValue, int min, int max) {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL || v instanceof JsonString s && s.getString().isBlank()) {
            return defaultValue;
        }
        try {
            BigDecimal d = v instanceof JsonNumber n ? n.bigDecimalValue() : new BigDecimal(((JsonString) v).getString().trim());
            int i = d.intValueExact();
            if (i < min || i > max) {
                throw new CecException(CecRet.INVALID_BUSINESS, "业务参数 " + name + " 超出范围 " + min + ".." + max);
            }
            return i;
        } catch (ArithmeticException | NumberFormatException | ClassCastException e) {
            throw new CecException(CecRet.INVALID_BUSINESS, "业务参数 " + name + " 不是整数");
        }
    }

    BigDecimal decimal(String name, boolean required) {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw new CecException(CecRet.INVALID_BUSINESS, "缺少业务参数 " + name);
            }
            return null;
        }
        try {
            return v instanceof JsonNumber n ? n.bigDecimalValue() : new BigDecimal(((JsonString) v).getString().trim());
        } catch (NumberFormatException | ClassCastException e) {
            throw new CecException(CecRet.INVALID_BUSINESS, "业务参数 " + name + " 不是数值");
        }
    }

    List<String> texts(String name, int max) {
        JsonValue v = json.get(name);
        if (!(v instanceof JsonArray a)) {
            throw new CecException(CecRet.INVALID_BUSINESS, "缺少业务参数 " + name + " (数组)");
        }
        if (a.size() > max) {
            throw new CecException(CecRet.INVALID_BUSINESS, name + " 最多 " + max + " 个");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : a) {
            if (item instanceof JsonString s) {
                out.add(s.getString().trim());
            } else if (item instanceof JsonNumber n) {
                out.add(n.toString());
            } else {
                throw new CecException(CecRet.INVALID_BUSINESS, name + " 的元素必须是字符串");
            }
        }
        return out;
    }

    List<CecData> objects(String name, boolean required) {
        JsonValue v = json.get(name);
        if (!(v instanceof JsonArray a)) {
            if (required) {
                throw new CecException(CecRet.INVALID_BUSINESS, "缺少业务参数 " + name + " (数组)");
            }
            return List.of();
        }
        List<CecData> out = new ArrayList<>();
        for (JsonValue item : a) {
            if (!(item instanceof JsonObject o)) {
                throw new CecException(CecRet.INVALID_BUSINESS, name + " 的元素必须是对象");
            }
            out.add(new CecData(o));
        }
        return out;
    }

    JsonObject json() {
        return json;
    }

    static BigDecimal money(BigDecimal v) {
        return (v == null ? BigDecimal.ZERO : v).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal price(BigDecimal v) {
        return (v == null ? BigDecimal.ZERO : v).setScale(4, RoundingMode.HALF_UP);
    }

    /** The standard's misspelt names as a partner with {@link CecVariant#SERVICE_SPELLING} wants them. */
    static String spelled(String json, CecKeys keys) {
        if (keys == null || !keys.has(CecVariant.SERVICE_SPELLING)) {
            return json;
        }
        return SERVICE_NAMES.matcher(json).replaceAll(m -> "\"" + (m.group(1) == null ? "" : m.group(1)) + "Service" + m.group(2) + "\"");
    }
}
