package io.chargeops.core.interconnect;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The response envelope (T/CEC 102.4 §6.4.2): {@code {Ret, Msg, Data, Sig}}, Sig = HMAC-MD5 over Ret + Msg + Data.
 * Errors to a partner we know are signed with its keys too; an error before we know who is asking (no or unknown
 * OperatorID, unreadable envelope) carries an empty Data and an empty Sig, as there is no key to sign with.
 */
public record CecResponse(int ret, String msg, String data, String sig) {

    /** A signed answer; {@code plaintext} null for an empty Data. */
    public static CecResponse seal(CecRet ret, String msg, String plaintext, CecKeys keys) {
        String m = msg == null ? "" : msg;
        String data = plaintext == null ? "" : keys.encrypt(plaintext);
        return new CecResponse(ret.code(), m, data, keys.emit(CecCrypto.responseSig(ret.code(), m, data, keys.sigSecret())));
    }

    /** An answer to a caller we cannot sign for. */
    public static CecResponse unsigned(CecRet ret, String msg) {
        return new CecResponse(ret.code(), msg == null ? "" : msg, "", "");
    }

    public static CecResponse parse(String body) {
        JsonObject json = CecRequest.object(body);
        JsonValue ret = json.get("Ret");
        int code;
        if (ret instanceof JsonNumber n && n.isIntegral()) {
            code = n.intValue();
        } else if (ret instanceof JsonString s && s.getString().matches("-?\\d{1,6}")) {
            code = Integer.parseInt(s.getString());
        } else {
            throw new CecException(CecRet.INVALID_ENVELOPE, "缺少参数 Ret");
        }
        return new CecResponse(code, text(json, "Msg"), text(json, "Data"), text(json, "Sig"));
    }

    public boolean signedWith(CecKeys keys) {
        return CecCrypto.sigMatches(CecCrypto.responseSig(ret, msg, data, keys.sigSecret()), sig);
    }

    /** The plaintext of Data, null when Data is empty. */
    public String open(CecKeys keys) {
        return data == null || data.isEmpty() ? null : keys.decrypt(data);
    }

    public String toJson() {
        return Json.createObjectBuilder().add("Ret", ret).add("Msg", msg).add("Data", data).add("Sig", sig).build()
                .toString();
    }

    private static String text(JsonObject json, String name) {
        JsonValue v = json.get(name);
        return v instanceof JsonString s ? s.getString() : "";
    }
}
