package io.chargeops.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for WeChat where there is none (demo, tests): the "QR code" is the console's own page
 * {@code /admin/qr-sandbox.xhtml}, where whoever holds the phone types the identity a scan would have given; the code
 * is that identity. Anyone who knows a bound sandbox identity can sign in with it, so it is off unless
 * {@code chargeops.console.qr-login.sandbox=true}, and a configured real provider always wins.
 */
@ApplicationScoped
public class SandboxQrLoginProvider implements ConsoleQrLoginProvider {

    static final String PREFIX = "sandbox-";

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public URI authorizationUrl(String state, URI callback) {
        return callback.resolve("qr-sandbox.xhtml?state=" + enc(state) + "&redirect_uri=" + enc(callback.getPath()));
    }

    @Override
    public String identify(String code) {
        if (code == null || !code.startsWith(PREFIX) || code.length() <= PREFIX.length() || code.length() > 128) {
            throw new QrLoginRefused(true, "not a sandbox code: " + code, null);
        }
        return code.substring(PREFIX.length());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
