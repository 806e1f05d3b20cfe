package io.chargeops.core.identity;

import java.net.URI;

/**
 * A QR sign-in for the console (微信扫码登录 and the like): where to send the browser to show the QR code, and whose
 * identity a returned one-time code stands for. Implementations are {@code @ApplicationScoped} beans;
 * {@link ConsoleQrSignIn} uses the real one once it is configured, otherwise the {@code sandbox} one when
 * {@code chargeops.console.qr-login.sandbox} is true, otherwise none (the sign-in screen offers passwords only).
 */
public interface ConsoleQrLoginProvider {

    /** {@code wechat} or {@code sandbox}: also the provider column of a binding. */
    String name();

    /** Whether its settings are present (the sandbox is always "configured"). */
    boolean configured();

    /**
     * The provider's page that shows the QR code and, once scanned and confirmed, sends the browser to
     * {@code callback?code=…&state=…}.
     */
    URI authorizationUrl(String state, URI callback);

    /**
     * The stable identity behind a one-time code (for WeChat the unionid when the app has one, else the openid).
     *
     * @throws QrLoginRefused the provider refused the code or could not be reached
     */
    String identify(String code);

    /** The code was refused ({@code codeRefused}) or the provider could not be asked. */
    class QrLoginRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean codeRefused;

        public QrLoginRefused(boolean codeRefused, String message, Throwable cause) {
            super(message, cause);
            this.codeRefused = codeRefused;
        }

        public boolean codeRefused() {
            return codeRefused;
        }
    }
}
