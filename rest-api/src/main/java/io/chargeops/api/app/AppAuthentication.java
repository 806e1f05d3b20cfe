package io.chargeops.api.app;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.account.AccessTokens;
import io.chargeops.core.account.AccountService;
import io.chargeops.core.account.Jwt;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.security.Principal;

/**
 * Bearer-token authentication of the app API ({@code Authorization: Bearer <access token>}, RFC 6750) for resources
 * marked {@link AppSecured}. The token is a JWT (RS256) that ejb-core's {@link AccessTokens} issued and verifies; the
 * user must still be active (a deleted or disabled account's tokens stop working at once). No, malformed, forged or
 * expired token → 401 problem+json with {@code WWW-Authenticate: Bearer}. Runs after matching, so unknown paths stay
 * 404. Not MicroProfile JWT: see README "App API" for why.
 */
@Provider
@AppSecured
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AppAuthentication implements ContainerRequestFilter {

    /** Request property holding the signed-in user's id (Long). */
    static final String USER_ID = "io.chargeops.api.app.userId";

    @Inject
    AccessTokens tokens;

    @EJB
    AccountService accounts;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request.abortWith(unauthorized(null, "Sign in first: Authorization: Bearer <access token>"));
            return;
        }
        Long userId;
        try {
            userId = tokens.verify(header.substring(7).trim());
        } catch (Jwt.InvalidTokenException e) {
            request.abortWith(unauthorized("invalid_token", "The access token is not valid: " + e.getMessage()));
            return;
        }
        if (!accounts.isActive(userId)) {
            request.abortWith(unauthorized("invalid_token", "The account of this token is no longer active"));
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        String name = String.valueOf(userId);
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return () -> name;
            }

            @Override
            public boolean isUserInRole(String role) {
                return AccessTokens.GROUP.equals(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
        request.setProperty(USER_ID, userId);
    }

    private static Response unauthorized(String error, String detail) {
        Problem problem = new Problem(URI.create(Problem.TYPE_BASE + (error == null ? "unauthenticated" : "invalid-token")),
                "Unauthorized", 401, detail, null);
        return Response.fromResponse(problem.toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, error == null ? "Bearer realm=\"ChargeOps app\""
                        : "Bearer realm=\"ChargeOps app\", error=\"" + error + "\"")
                .build();
    }

    /** The signed-in user of an {@link AppSecured} request. */
    static Long userId(ContainerRequestContext request) {
        return (Long) request.getProperty(USER_ID);
    }
}
