package io.chargeops.admin.security;

import io.chargeops.admin.shell.Messages;
import io.chargeops.core.RefusedException;
import io.chargeops.core.identity.ConsoleAccounts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** Backing bean of {@code /admin/password.xhtml}: the operator sets a new password (required at first sign-in). */
@Named
@RequestScoped
public class PasswordChange {

    @Inject
    FacesContext faces;

    @EJB
    ConsoleAccounts accounts;

    private String current;
    private String replacement;
    private String repeated;

    public boolean isRequired() {
        return Boolean.TRUE.equals(faces.getExternalContext().getSessionMap().get(FirstPassword.MUST_CHANGE));
    }

    public void change() throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (replacement == null || !replacement.equals(repeated)) {
            Messages.warn("password.mismatch");
            return;
        }
        try {
            accounts.changePassword(external.getUserPrincipal().getName(), current.toCharArray(), replacement.toCharArray());
        } catch (RefusedException e) {
            Messages.refused(e);
            return;
        }
        external.getSessionMap().remove(FirstPassword.MUST_CHANGE);
        external.getFlash().setKeepMessages(true);
        Messages.info("password.changed");
        external.redirect(external.getRequestContextPath() + "/admin/index.xhtml");
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getReplacement() { return replacement; }
    public void setReplacement(String replacement) { this.replacement = replacement; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
