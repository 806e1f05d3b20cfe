package io.chargeops.api.admin;

import io.chargeops.core.identity.ConsoleCaller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The signed-in console account of an ops API request; its principal's name is the login phone. */
final class AdminSecurityContext implements SecurityContext {

    private final ConsoleCaller caller;
    private final boolean secure;

    AdminSecurityContext(ConsoleCaller caller, boolean secure) {
        this.caller = caller;
        this.secure = secure;
    }

    ConsoleCaller caller() {
        return caller;
    }

    @Override
    public Principal getUserPrincipal() {
        return caller::loginPhone;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.roles().contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return BASIC_AUTH;
    }

    /** How the command log and audit trails name the caller, e.g. {@code operator:13900000000}. */
    static String actor(SecurityContext security) {
        return security.getUserPrincipal() == null ? "operator" : "operator:" + security.getUserPrincipal().getName();
    }
}
