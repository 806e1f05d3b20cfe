package io.chargeops.core.interconnect;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.regex.Pattern;

/**
 * The request envelope ("消息主体", T/CEC 102.4 §6.4.1): {@code {OperatorID, Data, TimeStamp, Seq, Sig}}, all strings.
 * {@code Data} stays the Base64 text exactly as received, since the signature covers that text.
 */
public record CecRequest(String operatorId, String data, String timeStamp, String seq, String sig) {

    /** yyyyMMddHHmmss as the standard says; 12 (no seconds) and 17 (with millis) digits are seen in the wild and read. */
    private static final Pattern TIME_STAMP = Pattern.compile("\\d{12}|\\d{14}|\\d{17}");
    private static final Pattern SEQ = Pattern.compile("[0-9A-Za-z]{1,32}");
    private static final Pattern OPERATOR_ID = Pattern.compile("[0-9A-Za-z]{1,32}");

    /** Seals {@code plaintext} for sending: encrypts it and signs the envelope with {@code keys}. */
    public static CecRequest seal(String operatorId, String plaintext, String timeStamp, String seq, CecKeys keys) {
        String data = keys.encrypt(plaintext);
        return new CecRequest(operatorId, data, timeStamp, seq,
                keys.emit(CecCrypto.requestSig(operatorId, data, timeStamp, seq, keys.sigSecret())));
    }

    /**
     * Reads an envelope.
     *
     * @throws CecException 4003 when the body is not a JSON object with the five fields as strings of the right form
     */
    public static CecRequest parse(String body) {
        JsonObject json = object(body);
        String operatorId = field(json, "OperatorID", OPERATOR_ID);
        String data = field(json, "Data", null);
        String timeStamp = field(json, "TimeStamp", TIME_STAMP);
        String seq = field(json, "Seq", SEQ);
        String sig = field(json, "Sig", Pattern.compile("[0-9A-Fa-f]{32}"));
        return new CecRequest(operatorId, data, timeStamp, seq, sig);
    }

    /** Whether {@code Sig} is the HMAC-MD5 of this envelope under {@code keys} (case-insensitive, constant time). */
    public boolean signedWith(CecKeys keys) {
        return CecCrypto.sigMatches(CecCrypto.requestSig(operatorId, data, timeStamp, seq, keys.sigSecret()), sig);
    }

    /** The plaintext of {@code Data}; 4003 when it does not decrypt. */
    public String open(CecKeys keys) {
        return keys.decrypt(data);
    }

    public String toJson() {
        return Json.createObjectBuilder().add("OperatorID", operatorId).add("Data", data).add("TimeStamp", timeStamp)
                .add("Seq", seq).add("Sig", sig).build().toString();
    }

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new CecException(CecRet.INVALID_ENVELOPE, "缺少消息主体 (empty body)");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new CecException(CecRet.INVALID_ENVELOPE, "消息主体必须是JSON对象");
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new CecException(CecRet.INVALID_ENVELOPE, "消息主体不是合法的JSON");
        }
    }

    private static String field(JsonObject json, String name, Pattern form) {
        JsonValue value = json.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new CecException(CecRet.INVALID_ENVELOPE, "缺少参数 " + name);
        }
        String text = value instanceof JsonString s ? s.getString()
                : value.getValueType() == JsonValue.ValueType.NUMBER ? value.toString() : null;
        if (text == null || text.isBlank() || (form != null && !form.matcher(text).matches())) {
            throw new CecException(CecRet.INVALID_ENVELOPE, "参数 " + name + " 不合法");
        }
        return text;
    }
}
