package io.chargeops.it.micro;

import static io.chargeops.it.micro.AdminApi.str;
import static io.chargeops.it.micro.AppApi.ok;
import static io.chargeops.it.micro.AppJourneyIT.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mini-program sign-in over HTTP with the embedded default's {@code sandbox} exchange (the same login code always
 * names the same openid): a first sign-in needs a phone proven by SMS code and creates the account, or links the
 * openid to the existing account of that phone; afterwards the login code alone signs in; account deletion forgets
 * the link. Refusals are problem+json.
 */
@ExtendWith(SharedNode.class)
class AppMiniProgramIT {

    @Test
    void firstSignInVerifiesAPhoneThenTheOpenidAloneSignsIn(MicroNode node) {
        // an account registered by SMS in the app; its phone is linked to an Alipay openid below
        AppApi appUser = new AppApi(node);
        String existingPhone = AppApi.newPhone();
        appUser.register(existingPhone);
        long existingId = appUser.userId;
        long codeSentAt = System.nanoTime();

        AppApi mini = new AppApi(node);
        String wxCode = "wx-" + UUID.randomUUID();

        // malformed requests, a refused code, and a first sign-in without a phone
        refused(mini.post("/auth/mini-program-sessions", "{}"), 400);
        refused(mini.post("/auth/mini-program-sessions", Json.object("platform", "QQ", "code", wxCode)), 400);
        refused(mini.post("/auth/mini-program-sessions", Json.object("platform", "WECHAT")), 400);
        refused(mini.post("/auth/mini-program-sessions", Json.object("platform", "WECHAT", "code", wxCode,
                "phone", "12345", "smsCode", "123456")), 400);
        AdminApi.Reply invalid = mini.post("/auth/mini-program-sessions", Json.object("platform", "WECHAT", "code", "invalid-1"));
        refused(invalid, 422);
        assertThat(AppApi.body(invalid)).contains("invalid-mini-program-code");
        AdminApi.Reply needsPhone = mini.post("/auth/mini-program-sessions", Json.object("platform", "WECHAT", "code", wxCode));
        refused(needsPhone, 422);
        assertThat(AppApi.body(needsPhone)).contains("phone-verification-required");

        // first sign-in with a new phone: a wrong SMS code is refused, the right one creates the account
        String newPhone = AppApi.newPhone();
        ok(mini.post("/auth/sms-codes", Json.object("phone", newPhone)), 202);
        String sms = mini.smsCode(newPhone);
        String wrong = sms.equals("000000") ? "000001" : "000000";
        AdminApi.Reply wrongSms = mini.post("/auth/mini-program-sessions", Json.object("platform", "WECHAT", "code", wxCode,
                "phone", newPhone, "smsCode", wrong));
        refused(wrongSms, 422);
        assertThat(AppApi.body(wrongSms)).contains("wrong-sms-code");
        Map<String, Object> created = ok(mini.post("/auth/mini-program-sessions", Json.object("platform", "WECHAT",
                "code", wxCode, "phone", newPhone, "smsCode", sms, "device", "WeChat mini-program")), 200);
        assertThat(created.get("newUser")).isEqualTo(Boolean.TRUE);
        assertThat(str(created, "tokenType")).isEqualTo("Bearer");
        mini.take(created);
        long createdId = mini.userId;
        assertThat(createdId).isNotEqualTo(existingId);
        assertThat(str(ok(mini.get("/me"), 200), "phone")).isEqualTo(newPhone);
        ok(mini.get("/wallet"), 200);

        // later sign-ins: the login code alone (same openid in the sandbox)
        Map<String, Object> again = ok(mini.post("/auth/mini-program-sessions",
                Json.object("platform", "WECHAT", "code", wxCode)), 200);
        assertThat(again.get("newUser")).isEqualTo(Boolean.FALSE);
        assertThat(Long.valueOf(str(again, "userId"))).isEqualTo(createdId);
        // the same code on the other platform is another identity, not linked yet
        refused(mini.post("/auth/mini-program-sessions", Json.object("platform", "ALIPAY", "code", wxCode)), 422);

        // an Alipay openid linked to the existing phone account (a new SMS code once the resend interval is over)
        String aliCode = "ali-" + UUID.randomUUID();
        AppApi alipay = new AppApi(node);
        long deadline = codeSentAt + Duration.ofSeconds(90).toNanos();
        AdminApi.Reply codeRequest;
        while ((codeRequest = alipay.post("/auth/sms-codes", Json.object("phone", existingPhone))).status() == 429
                && System.nanoTime() < deadline) {
            AdminApi.sleep(1000);
        }
        assertThat(codeRequest.status()).as(codeRequest.toString()).isEqualTo(202);
        Map<String, Object> linked = ok(alipay.post("/auth/mini-program-sessions", Json.object("platform", "ALIPAY",
                "code", aliCode, "phone", existingPhone, "smsCode", alipay.smsCode(existingPhone))), 200);
        assertThat(linked.get("newUser")).isEqualTo(Boolean.FALSE);
        assertThat(Long.valueOf(str(linked, "userId"))).isEqualTo(existingId);
        Map<String, Object> aliAgain = ok(alipay.post("/auth/mini-program-sessions",
                Json.object("platform", "ALIPAY", "code", aliCode)), 200);
        assertThat(Long.valueOf(str(aliAgain, "userId"))).isEqualTo(existingId);

        // account deletion forgets the link: the openid needs a phone again
        AdminApi.Reply gone = mini.delete("/me");
        assertThat(gone.status()).as(gone.toString()).isEqualTo(204);
        refused(mini.post("/auth/mini-program-sessions", Json.object("platform", "WECHAT", "code", wxCode)), 422);
    }
}
