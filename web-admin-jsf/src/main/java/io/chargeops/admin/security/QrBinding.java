package io.chargeops.admin.security;

import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.identity.ConsoleQrSignIn;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * The signed-in account binds (or drops) its QR sign-in identity on the account page ({@code /admin/password.xhtml});
 * the provider sends the browser back to {@code /admin/qr-bind.xhtml}, which only a signed-in account reaches.
 */
@Named
@RequestScoped
public class QrBinding {

    private static final String ACCOUNT_PAGE = "/admin/password.xhtml";

    @Inject
    FacesContext faces;

    @EJB
    ConsoleQrSignIn qrSignIn;

    private String code;

    private String state;

    public boolean isAvailable() {
        return qrSignIn.providerName().isPresent();
    }

    public boolean isBound() {
        return qrSignIn.isBound(faces.getExternalContext().getUserPrincipal().getName());
    }

    public void bind() throws IOException {
        String issued = QrStates.issue(faces.getExternalContext(), QrStates.BIND);
        faces.getExternalContext().redirect(qrSignIn.authorizationUrl(issued, QrStates.callback(faces, "/admin/qr-bind.xhtml"))
                .toString());
    }

    public void unbind() {
        if (qrSignIn.unbind(faces.getExternalContext().getUserPrincipal().getName())) {
            Messages.info("qr.unbound");
        }
    }

    /** {@code /admin/qr-bind.xhtml}'s view action. */
    public void returned() throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        if (!QrStates.redeem(external, QrStates.BIND, state)) {
            Messages.warn("login.qr.expired");
        } else {
            try {
                qrSignIn.bind(external.getUserPrincipal().getName(), code);
                Messages.info("qr.bound");
            } catch (RefusedException e) {
                Messages.warn("qr-identity-taken".equals(e.code()) ? "qr.taken" : "login.qr.refused");
            }
        }
        external.redirect(external.getRequestContextPath() + ACCOUNT_PAGE);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
}
