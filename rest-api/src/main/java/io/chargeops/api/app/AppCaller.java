package io.chargeops.api.app;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;

/** The signed-in app user of the current request (set by {@link AppAuthentication}). */
@RequestScoped
public class AppCaller {

    @Inject
    HttpServletRequest request;

    /** The user id; only called from {@link AppSecured} resources, where the filter has put it. */
    public Long userId() {
        Object id = request.getAttribute(AppAuthentication.USER_ID);
        if (!(id instanceof Long userId)) {
            throw new NotAuthorizedException("Bearer realm=\"ChargeOps app\"");
        }
        return userId;
    }

    public String remoteAddress() {
        return request.getRemoteAddr();
    }
}
