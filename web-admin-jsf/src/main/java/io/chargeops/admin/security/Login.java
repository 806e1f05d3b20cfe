package io.chargeops.admin.security;

import io.chargeops.core.identity.ConsoleAccounts;
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
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.util.ResourceBundle;

/** Backing bean of the sign-in screen ({@code /admin/login.xhtml}). */
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

    @NotBlank
    private String phone;

    @NotBlank
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(phone, new Password(password)))
                        .newAuthentication(true));
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
}
