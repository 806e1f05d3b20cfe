package io.chargeops.api.admin;

import io.chargeops.api.problem.Problem;
import io.chargeops.core.audit.OperationCaller;
import io.chargeops.core.identity.ConsoleAccounts;
import io.chargeops.core.identity.ConsoleCaller;
import io.chargeops.core.identity.ConsoleSignIns;
import io.chargeops.core.persistence.DataScope;
import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic with a console account in front of every {@code /api/admin/...} path (matched or not, so unknown paths
 * reveal nothing either). Credentials are checked by ejb-core's {@link ConsoleAccounts}, the same check the console's
 * sign-in uses: no or wrong credentials → 401 problem+json with {@code WWW-Authenticate: Basic realm="ChargeOps"}
 * (a wrong password is recorded in the console sign-in log, like a failed console sign-in); an account without an
 * operating role → 403. Resources read the caller's phone from {@code SecurityContext.getUserPrincipal()}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AdminAuthentication implements ContainerRequestFilter {

    /** Request property (a servlet request attribute) holding the signed-in {@link ConsoleCaller}. */
    static final String CALLER = "io.chargeops.api.admin.caller";

    static final String CHALLENGE = "Basic realm=\"ChargeOps\", charset=\"UTF-8\"";

    @EJB
    ConsoleAccounts accounts;

    @EJB
    ConsoleSignIns signIns;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        DataScope.clear(); // a pooled thread may still carry an earlier request's scope; sign-in runs unscoped
        OperationCaller.clear();
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (!path.equals("admin") && !path.startsWith("admin/")) {
            return;
        }
        Optional<String[]> credentials = basic(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            request.abortWith(unauthorized("Sign in with a console account (HTTP Basic: phone and password)"));
            return;
        }
        String phone = credentials.get()[0];
        char[] password = credentials.get()[1].toCharArray();
        Optional<ConsoleCaller> caller;
        try {
            caller = accounts.verify(phone, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (caller.isEmpty()) {
            recordFailure(phone, request);
            request.abortWith(unauthorized("Wrong phone or password, or the account is disabled"));
            return;
        }
        if (!caller.get().mayOperate()) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "Account " + phone + " (roles "
                    + caller.get().roles() + ") may not use the ops API").toResponse());
            return;
        }
        request.setSecurityContext(new AdminSecurityContext(caller.get(), request.getSecurityContext().isSecure()));
        // Jersey hands resources a proxy of the security context; the caller itself travels as a request property
        request.setProperty(CALLER, caller.get());
        // every query of this request now sees the caller's merchant only (platform accounts: everything)
        DataScope.enter(DataScope.of(caller.get().merchantId()));
        // and the operation log names it for the changes this request makes
        OperationCaller.enter(OperationCaller.api(caller.get().loginPhone(),
                servletRequest != null ? servletRequest.getRemoteAddr() : null));
    }


    /** phone and password from {@code Basic base64(phone:password)}; empty when absent or malformed. */
    static Optional<String[]> basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(header.substring(6).trim());
            String pair = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(decoded)).toString();
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new String[] {pair.substring(0, colon), pair.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void recordFailure(String phone, ContainerRequestContext request) {
        try {
            String agent = request.getHeaderString(HttpHeaders.USER_AGENT);
            String remote = servletRequest != null ? servletRequest.getRemoteAddr() : null;
            signIns.attempted(phone.length() > 20 ? phone.substring(0, 20) : phone, false, remote,
                    "ops API" + (agent == null ? "" : "; " + agent));
        } catch (RuntimeException e) {
            // the audit log never decides whether a request is answered
        }
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
