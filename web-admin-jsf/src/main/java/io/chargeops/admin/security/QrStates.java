package io.chargeops.admin.security;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The {@code state} of a QR sign-in or binding: a random value kept in the browser's session and redeemed once when
 * the provider sends the browser back, so a callback this browser did not start (CSRF, a replayed link) is refused.
 */
final class QrStates {

    static final String SIGN_IN = "sign-in";
    static final String BIND = "bind";

    private static final String KEY = QrStates.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private QrStates() {
    }

    static String issue(ExternalContext external, String purpose) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String state = HexFormat.of().formatHex(bytes);
        external.getSessionMap().put(KEY, purpose + ":" + state);
        return state;
    }

    /** Whether {@code state} is the one this session issued for {@code purpose}; it cannot be used again. */
    static boolean redeem(ExternalContext external, String purpose, String state) {
        Object issued = external.getSessionMap().remove(KEY);
        return state != null && issued != null && issued.equals(purpose + ":" + state);
    }

    /**
     * The absolute URL the provider sends the browser back to: {@code chargeops.console.public-url} when the console
     * is reached through a proxy or another name, else the address of this request.
     */
    static URI callback(FacesContext faces, String page) {
        ExternalContext external = faces.getExternalContext();
        Optional<String> publicUrl = ConfigProvider.getConfig().getOptionalValue("chargeops.console.public-url", String.class)
                .filter(s -> !s.isBlank());
        if (publicUrl.isPresent()) {
            return URI.create(publicUrl.get().replaceAll("/+$", "") + page);
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String base = request.getRequestURL().toString();
        return URI.create(base.substring(0, base.indexOf('/', base.indexOf("//") + 2)) + external.getRequestContextPath() + page);
    }
}
