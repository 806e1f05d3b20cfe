package io.chargeops.core.interconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The standard's own crypto example (T/CEC 102.4 §7.3.3/§8.3, Appendix C.3 of the published part 4) and the
 * query_token request/response vectors of ../shared/reference/cec-t102-notes.md §1.9, byte for byte.
 */
class CecCryptoTest {

    static final String SECRET = "1234567890abcdef";
    static final CecKeys KEYS = CecKeys.standard(SECRET, SECRET, SECRET, SECRET);

    // V1: exactly as printed, trailing comma included (it is a crypto vector, not JSON)
    static final String V1_PLAIN = "{\"total\":1,\"stationStatusInfo\":{\"operationID\":\"123456789\",\"stationID\":"
            + "\"111111111111111\",\"connectorStatusInfos\":{\"connectorID\":1,\"equipmentID\":"
            + "\"10000000000000000000001\",\"status\":4,\"currentA\":0,\"currentB\":0,\"currentC\":0,\"voltageA\":0,"
            + "\"voltageB\":0,\"voltageC\":0,\"soc\":10,}}}";
    static final String V1_DATA = "il7B0BSEjFdzpyKzfOFpvg/Se1CP802RItKYFPfSLRxJ3jf0bVl9hvYOEktPAYW2nd7S8MBcyHYyacHKbISq5iTm"
            + "DzG+ivnR+SZJv3USNTYVMz9rCQVSxd0cLlqsJauko79NnwQJbzDTyLooYoIwz75qBOH2/xOMirpeEqRJrF/EQjWekJmGk9RtboXePu2rka+Xm51sy"
            + "BPhiXJAq0GfbfaFu9tNqs/e2Vjja/ltE1M0lqvxfXQ6da6HrThsm5id4ClZFIi0acRfrsPLRixS/IQYtksxghvJwbqOsbIsITail9Ayy4tKcogeE"
            + "ZiOO+4Ed264NSKmk7l3wKwJLAFjCFogBx8GE3OBz4pqcAn/ydA=";

    static final String V2_PLAIN = "{\"OperatorID\":\"123456789\",\n\"OperatorSecret\":\"1234567890abcdef\"}";
    static final String V2_DATA = "mYvffpNoFf4E/ZTC1tOw41TC5OlkEobfAYCm5N8hEusaLUaUIqOrXtdbMrSck0DSmfM7mRuOGMoCQzH0nWPGuw==";

    static final String V3_DATA = "uxeKP0ezR5yL8xSg4/ZCDh/N91/u86NXFxd2DrwZVW8zCPYcpl59Twz/yQZ3RaO4rDDrGmkvQignmNEJ+k4PGxd"
            + "mIC+4fpJ8rU6osSobY+AeA0uueuQ5+eQiWBL6p6v5XMMm91brtK8yfFELYUWQzVcxABnAwK/+dyxtUhqLIxUpkwTEU/4ktN40df9IzzlLO5uvUk"
            + "nPGYu9yL0pp5w9vdRxmA1RiiTDNCysz6klr9bunGV3VJa2qpLcgeZMf/oG";
    static final String V3_PLAIN = "{\r\n  \"OperatorID\": \"123456789\",\r\n  \"SuccStat\": 0,\r\n  \"AccessToken\": "
            + "\"kVnStIRknCCOBdXgJrmu8rb3pcccifKW2NcQrysKKIzb7iQBxkkjeq3WoGdjgrIL\",\r\n  \"TokenAvailableTime\": 7200,\r\n"
            + "  \"FailReason\": 0\r\n}";

    @Test
    void theStandardsPublishedExampleByteForByte() {
        assertThat(V1_DATA).hasSize(364);
        assertThat(CecCrypto.encrypt(V1_PLAIN, SECRET, SECRET)).isEqualTo(V1_DATA);
        assertThat(CecCrypto.decrypt(V1_DATA, SECRET, SECRET)).isEqualTo(V1_PLAIN);
        assertThat(CecCrypto.requestSig("123456789", V1_DATA, "20160729142400", "0001", SECRET))
                .isEqualTo("745166E8C43C84D37FFEC0F529C4136F");
        CecRequest sealed = CecRequest.seal("123456789", V1_PLAIN, "20160729142400", "0001", KEYS);
        assertThat(sealed).isEqualTo(new CecRequest("123456789", V1_DATA, "20160729142400", "0001",
                "745166E8C43C84D37FFEC0F529C4136F"));
    }

    @Test
    void queryTokenRequestVector() {
        assertThat(CecCrypto.encrypt(V2_PLAIN, SECRET, SECRET)).isEqualTo(V2_DATA);
        CecRequest request = CecRequest.parse("{\"OperatorID\":\"123456789\",\"Data\":\"" + V2_DATA
                + "\",\"TimeStamp\":\"20180120165755\",\"Seq\":\"0001\",\"Sig\":\"D2D584A14F3F284445DF85D0E8C0697C\"}");
        assertThat(request.signedWith(KEYS)).isTrue();
        assertThat(request.open(KEYS)).isEqualTo(V2_PLAIN);
        assertThat(CecRequest.seal("123456789", V2_PLAIN, "20180120165755", "0001", KEYS).sig())
                .isEqualTo("D2D584A14F3F284445DF85D0E8C0697C");
    }

    @Test
    void queryTokenResponseVectorSignsRetMsgData() {
        assertThat(CecCrypto.decrypt(V3_DATA, SECRET, SECRET)).isEqualTo(V3_PLAIN);
        assertThat(CecCrypto.encrypt(V3_PLAIN, SECRET, SECRET)).isEqualTo(V3_DATA);
        assertThat(CecCrypto.responseSig(0, "", V3_DATA, SECRET)).isEqualTo("58E52010C7DEE87FE183B0AFA5B2BE30");
        CecResponse sealed = CecResponse.seal(CecRet.OK, "", V3_PLAIN, KEYS);
        assertThat(sealed).isEqualTo(new CecResponse(0, "", V3_DATA, "58E52010C7DEE87FE183B0AFA5B2BE30"));
        CecResponse parsed = CecResponse.parse(sealed.toJson());
        assertThat(parsed).isEqualTo(sealed);
        assertThat(parsed.signedWith(KEYS)).isTrue();
    }

    @Test
    void shortAesVector() {
        assertThat(CecCrypto.encrypt("hello world!", SECRET, SECRET)).isEqualTo("cmljobIKHDAcF9uf3mgs/w==");
    }

    @Test
    void tamperedFieldsFailTheSignatureAndLowercaseOrMimeWrappedInputIsRead() {
        CecRequest good = CecRequest.seal("123456789", V2_PLAIN, "20180120165755", "0001", KEYS);
        assertThat(new CecRequest("123456780", good.data(), good.timeStamp(), good.seq(), good.sig()).signedWith(KEYS)).isFalse();
        assertThat(new CecRequest(good.operatorId(), good.data(), "20180120165756", good.seq(), good.sig()).signedWith(KEYS)).isFalse();
        assertThat(new CecRequest(good.operatorId(), good.data(), good.timeStamp(), "0002", good.sig()).signedWith(KEYS)).isFalse();
        assertThat(new CecRequest(good.operatorId(), "A" + good.data().substring(1), good.timeStamp(), good.seq(), good.sig())
                .signedWith(KEYS)).isFalse();
        assertThat(new CecRequest(good.operatorId(), good.data(), good.timeStamp(), good.seq(), good.sig().toLowerCase())
                .signedWith(KEYS)).as("lowercase hex of the right MAC").isTrue();
        CecResponse ok = CecResponse.seal(CecRet.OK, "", "{}", KEYS);
        assertThat(new CecResponse(4004, ok.msg(), ok.data(), ok.sig()).signedWith(KEYS)).isFalse();
        assertThat(new CecResponse(0, "x", ok.data(), ok.sig()).signedWith(KEYS)).isFalse();
        String wrapped = V1_DATA.substring(0, 76) + "\r\n" + V1_DATA.substring(76);
        assertThat(CecCrypto.decrypt(wrapped, SECRET, SECRET)).isEqualTo(V1_PLAIN);
    }

    @Test
    void variantsChangeWhatWeSendOnly() {
        CecKeys lower = new CecKeys(SECRET, SECRET, "fedcba0987654321", SECRET, Set.of(CecVariant.LOWERCASE_SIG));
        CecRequest r = CecRequest.seal("123456789", "{}", "20180120165755", "0001", lower);
        assertThat(r.sig()).isEqualTo(r.sig().toLowerCase()).matches("[0-9a-f]{32}");
        assertThat(r.signedWith(lower)).isTrue();
        CecKeys shanghai = new CecKeys(SECRET, SECRET, "fedcba0987654321", SECRET, Set.of(CecVariant.IV_EQUALS_KEY));
        assertThat(shanghai.encrypt("hello world!")).isEqualTo("cmljobIKHDAcF9uf3mgs/w==");
    }

    @Test
    void malformedEnvelopesAndDataAre4003() {
        for (String body : new String[] {"", "[]", "{", "null", "{\"OperatorID\":\"123456789\"}",
                "{\"OperatorID\":\"123456789\",\"Data\":\"x\",\"TimeStamp\":\"2018\",\"Seq\":\"0001\",\"Sig\":\"D2D584A14F3F284445DF85D0E8C0697C\"}",
                "{\"OperatorID\":\"123456789\",\"Data\":\"x\",\"TimeStamp\":\"20180120165755\",\"Seq\":\"0001\",\"Sig\":\"nothex\"}",
                "{\"OperatorID\":{},\"Data\":\"x\",\"TimeStamp\":\"20180120165755\",\"Seq\":\"0001\",\"Sig\":\"D2D584A14F3F284445DF85D0E8C0697C\"}"}) {
            assertThatThrownBy(() -> CecRequest.parse(body)).as(body).isInstanceOfSatisfying(CecException.class,
                    e -> assertThat(e.ret()).isEqualTo(CecRet.INVALID_ENVELOPE));
        }
        for (String data : new String[] {"not base64!", "AAAA", V2_DATA.substring(0, 40) + "==", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA=="}) {
            assertThatThrownBy(() -> KEYS.decrypt(data)).as(data).isInstanceOfSatisfying(CecException.class,
                    e -> assertThat(e.ret()).isEqualTo(CecRet.INVALID_ENVELOPE));
        }
        assertThat(CecRet.of(-1)).isEqualTo(CecRet.BUSY);
        assertThat(CecRet.of(500)).isEqualTo(CecRet.SYSTEM);
        assertThat(new int[] {CecRet.OK.code(), CecRet.SIGNATURE.code(), CecRet.TOKEN.code(),
                CecRet.INVALID_ENVELOPE.code(), CecRet.INVALID_BUSINESS.code()}).containsExactly(0, 4001, 4002, 4003, 4004);
    }
}
