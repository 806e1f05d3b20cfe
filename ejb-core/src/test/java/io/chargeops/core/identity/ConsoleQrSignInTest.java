package io.chargeops.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chargeops.core.RefusedException;
import io.chargeops.core.identity.ConsoleQrLoginProvider.QrLoginRefused;
import io.chargeops.core.persistence.TestDatabase;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Console QR sign-in: WeChat's website login protocol, which provider is used, and binding rules on the demo accounts. */
class ConsoleQrSignInTest {

    static TestDatabase db;

    @BeforeAll
    static void start() {
        db = TestDatabase.withDemoData();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static WeChatQrLoginProvider weChat(List<URI> asked, String answer) {
        WeChatQrLoginProvider p = new WeChatQrLoginProvider();
        p.appId = Optional.of("wx0123456789abcdef");
        p.secret = Optional.of("s3cret");
        p.qrUrl = "https://open.weixin.qq.com/connect/qrconnect";
        p.baseUrl = "https://api.weixin.qq.com/";
        p.transport = uri -> {
            asked.add(uri);
            return Map.entry(200, answer);
        };
        return p;
    }

    @Test
    void weChatQrPageCarriesAppCallbackScopeAndState() {
        URI url = weChat(new ArrayList<>(), "{}").authorizationUrl("ab12", URI.create("https://ops.example.cn/admin/qr-callback.xhtml"));
        assertThat(url.toString()).isEqualTo("https://open.weixin.qq.com/connect/qrconnect?appid=wx0123456789abcdef"
                + "&redirect_uri=https%3A%2F%2Fops.example.cn%2Fadmin%2Fqr-callback.xhtml&response_type=code"
                + "&scope=snsapi_login&state=ab12#wechat_redirect");
    }

    @Test
    void weChatCodeIsExchangedForTheUnionidOrElseTheOpenid() {
        List<URI> asked = new ArrayList<>();
        assertThat(weChat(asked, "{\"access_token\":\"t\",\"openid\":\"o-1\",\"unionid\":\"u-1\"}").identify("c0de")).isEqualTo("u-1");
        assertThat(asked.get(0).toString()).isEqualTo("https://api.weixin.qq.com/sns/oauth2/access_token?appid=wx0123456789abcdef"
                + "&secret=s3cret&code=c0de&grant_type=authorization_code");
        assertThat(weChat(asked, "{\"access_token\":\"t\",\"openid\":\"o-2\"}").identify("c")).isEqualTo("o-2");
        assertThatThrownBy(() -> weChat(asked, "{\"errcode\":40029,\"errmsg\":\"invalid code\"}").identify("c"))
                .isInstanceOfSatisfying(QrLoginRefused.class, e -> assertThat(e.codeRefused()).isTrue());
        assertThatThrownBy(() -> weChat(asked, "{\"errcode\":-1,\"errmsg\":\"system error\"}").identify("c"))
                .isInstanceOfSatisfying(QrLoginRefused.class, e -> assertThat(e.codeRefused()).isFalse());
    }

    @Test
    void aConfiguredWeChatWinsAndTheSandboxNeedsItsSwitch() {
        WeChatQrLoginProvider unconfigured = new WeChatQrLoginProvider();
        unconfigured.appId = Optional.empty();
        unconfigured.secret = Optional.empty();
        SandboxQrLoginProvider sandbox = new SandboxQrLoginProvider();
        assertThat(signIn(null, List.of(unconfigured, sandbox), false).providerName()).isEmpty();
        assertThat(signIn(null, List.of(unconfigured, sandbox), true).providerName()).contains("sandbox");
        assertThat(signIn(null, List.of(sandbox, weChat(new ArrayList<>(), "{}")), true).providerName()).contains("wechat");
        assertThatThrownBy(() -> signIn(null, List.of(unconfigured), true).signIn("sandbox-x"))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("qr-login-off"));
    }

    @Test
    void aBoundIdentitySignsInAsItsAccountAndBelongsToOneAccountOnly() {
        inSandbox(qr -> {
            qr.bind("13900000001", "sandbox-alice");
            return null;
        });
        ConsoleCaller caller = inSandbox(qr -> qr.signIn("sandbox-alice"));
        assertThat(caller.loginPhone()).isEqualTo("13900000001");
        assertThat(caller.roles()).contains("OPERATOR");
        assertThat(ConsoleQrSignInTest.<Boolean>inSandbox(qr -> qr.isBound("13900000001")).booleanValue()).isTrue();

        assertThatThrownBy(() -> inSandbox(qr -> {
            qr.bind("13900000002", "sandbox-alice");
            return null;
        })).isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("qr-identity-taken"));
        assertThatThrownBy(() -> inSandbox(qr -> qr.signIn("sandbox-nobody")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("qr-identity-unbound"));
        assertThatThrownBy(() -> inSandbox(qr -> qr.signIn("not-a-sandbox-code")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("qr-code-refused"));

        // binding another identity replaces the account's old one
        inSandbox(qr -> {
            qr.bind("13900000001", "sandbox-alice2");
            return null;
        });
        assertThat(inSandbox(qr -> qr.signIn("sandbox-alice2")).loginPhone()).isEqualTo("13900000001");
        assertThatThrownBy(() -> inSandbox(qr -> qr.signIn("sandbox-alice")))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("qr-identity-unbound"));

        assertThat(ConsoleQrSignInTest.<Boolean>inSandbox(qr -> qr.unbind("13900000001")).booleanValue()).isTrue();
        assertThat(ConsoleQrSignInTest.<Boolean>inSandbox(qr -> qr.isBound("13900000001")).booleanValue()).isFalse();
    }

    @Test
    void aDisabledAccountCannotSignInByScanning() {
        inSandbox(qr -> {
            qr.bind("13900000002", "sandbox-finance");
            return null;
        });
        db.inTransaction(em -> {
            em.createNativeQuery("UPDATE console_user SET enabled = FALSE WHERE login_phone = '13900000002'").executeUpdate();
        });
        db.emf.getCache().evictAll(); // the update went around JPA (as an administrator's change through it would not)
        try {
            assertThatThrownBy(() -> inSandbox(qr -> qr.signIn("sandbox-finance")))
                    .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("account-unavailable"));
        } finally {
            db.inTransaction(em -> {
                em.createNativeQuery("UPDATE console_user SET enabled = TRUE WHERE login_phone = '13900000002'").executeUpdate();
            });
            db.emf.getCache().evictAll();
        }
    }

    private static <T> T inSandbox(Function<ConsoleQrSignIn, T> work) {
        Function<jakarta.persistence.EntityManager, T> inTx = em -> work.apply(signIn(em, List.of(new SandboxQrLoginProvider()), true));
        return db.inTransaction(inTx);
    }

    private static ConsoleQrSignIn signIn(jakarta.persistence.EntityManager em, List<ConsoleQrLoginProvider> available,
                                          boolean sandboxAllowed) {
        ConsoleAccounts accounts = new ConsoleAccounts();
        accounts.em = em;
        accounts.operatingRoles = "PLATFORM_ADMIN,OPERATOR";
        ConsoleQrSignIn qr = new ConsoleQrSignIn() {
            @Override
            Iterable<ConsoleQrLoginProvider> candidates() {
                return available; // not "providers": the bean's own field of that name
            }
        };
        qr.em = em;
        qr.accounts = accounts;
        qr.sandboxAllowed = sandboxAllowed;
        return qr;
    }
}
