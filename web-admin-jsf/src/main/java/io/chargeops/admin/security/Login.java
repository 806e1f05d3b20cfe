package io.chargeops.admin.security;

import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.identity.ConsoleAccounts;
import io.chargeops.core.identity.ConsoleCaller;
import io.chargeops.core.identity.ConsoleQrSignIn;
import io.chargeops.core.identity.ConsoleSignIns;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.ResourceBundle;

/**
 * Backing bean of the sign-in screen ({@code /admin/login.xhtml}): phone and password, or a QR scan (微信扫码登录) that
 * comes back to {@code /admin/qr-callback.xhtml}. Both end the same way: Jakarta Security authenticates the caller,
 * the sign-in log records it, and a first sign-in goes to the password page.
 */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @EJB
    ConsoleSignIns signIns;

    @EJB
    ConsoleAccounts accounts;

    @EJB
    ConsoleQrSignIn qrSignIn;

    @NotBlank
    private String phone;

    @NotBlank
    private String password;

    private String code;

    private String state;

    public void signIn() throws IOException {
        signedIn(phone, authenticate(new UsernamePasswordCredential(phone, new Password(password))));
    }

    /** Whether the screen offers a QR sign-in (a provider is configured). */
    public boolean isQrAvailable() {
        return qrSignIn.providerName().isPresent();
    }

    /** Sends the browser to the provider's QR page; it comes back to {@code /admin/qr-callback.xhtml}. */
    public void startQrSignIn() throws IOException {
        String state = QrStates.issue(faces.getExternalContext(), QrStates.SIGN_IN);
        faces.getExternalContext().redirect(qrSignIn.authorizationUrl(state, QrStates.callback(faces, "/admin/qr-callback.xhtml"))
                .toString());
    }

    /** The provider sent the browser back with a one-time code ({@code /admin/qr-callback.xhtml}'s view action). */
    public void qrReturned() throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (!QrStates.redeem(external, QrStates.SIGN_IN, state)) {
            backToSignIn("login.qr.expired");
            return;
        }
        ConsoleCaller caller;
        try {
            caller = qrSignIn.signIn(code);
        } catch (RefusedException e) {
            backToSignIn("qr-identity-unbound".equals(e.code()) ? "login.qr.unbound" : "login.qr.refused");
            return;
        }
        signedIn(caller.loginPhone(), authenticate(new QrSignInCredential(caller)));
    }

    private AuthenticationStatus authenticate(Credential credential) {
        ExternalContext external = faces.getExternalContext();
        return securityContext.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
    }

    private void signedIn(String phone, AuthenticationStatus status) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (status != AuthenticationStatus.SEND_CONTINUE) {
            signIns.attempted(phone, status == AuthenticationStatus.SUCCESS, request.getRemoteAddr(), request.getHeader("User-Agent"));
        }
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                if (accounts.signedIn(phone)) {
                    external.getSessionMap().put(FirstPassword.MUST_CHANGE, Boolean.TRUE);
                    external.redirect(external.getRequestContextPath() + FirstPassword.PAGE);
                } else {
                    external.redirect(external.getRequestContextPath() + "/admin/index.xhtml");
                }
            }
            default -> {
                // Soteria keeps the failed result with the saved request in the session, and then answers the next
                // visit to a console page with an empty 200 instead of the sign-in page; a fresh session forgets it
                external.invalidateSession();
                ResourceBundle text = faces.getApplication().getResourceBundle(faces, "text");
                String why = accounts.isLocked(phone) ? "login.locked" : "login.failed";
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text.getString(why), null));
            }
        }
    }

    private void backToSignIn(String why) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        Messages.warn(why);
        external.redirect(external.getRequestContextPath() + "/admin/login.xhtml");
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        external.invalidateSession();
        ((HttpServletRequest) external.getRequest()).logout();
        external.redirect(external.getRequestContextPath() + "/admin/login.xhtml");
    }

    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
}
