package io.chargeops.admin.security;

import io.chargeops.admin.shell.Messages;
import io.chargeops.core.identity.ConsoleQrSignIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The sandbox "phone" ({@code /admin/qr-sandbox.xhtml}): confirming sends the browser back to the console's own
 * callback with a code that carries the typed identity. It only ever returns to the console's two QR callbacks.
 */
@Named
@RequestScoped
public class QrSandbox {

    private static final Set<String> CALLBACKS = Set.of("/admin/qr-callback.xhtml", "/admin/qr-bind.xhtml");

    @Inject
    FacesContext faces;

    @EJB
    ConsoleQrSignIn qrSignIn;

    private String state;
    private String redirectUri;
    private String identity;

    public boolean isActive() {
        return qrSignIn.providerName().filter("sandbox"::equals).isPresent();
    }

    public void confirm() throws IOException {
        ExternalContext external = faces.getExternalContext();
        String context = external.getRequestContextPath();
        if (!isActive() || redirectUri == null || !redirectUri.startsWith(context)
                || !CALLBACKS.contains(redirectUri.substring(context.length()))) {
            Messages.warn("qr.sandbox.invalid");
            return;
        }
        external.redirect(redirectUri + "?code=" + enc("sandbox-" + identity.trim()) + "&state=" + enc(state == null ? "" : state));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getRedirectUri() { return redirectUri; }
    public void setRedirectUri(String redirectUri) { this.redirectUri = redirectUri; }
    public String getIdentity() { return identity; }
    public void setIdentity(String identity) { this.identity = identity; }
}
