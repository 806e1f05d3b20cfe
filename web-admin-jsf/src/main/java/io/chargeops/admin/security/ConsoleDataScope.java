package io.chargeops.admin.security;

import io.chargeops.core.audit.OperationCaller;
import io.chargeops.core.identity.ConsoleAccounts;
import io.chargeops.core.persistence.DataScope;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/**
 * Puts every console request of a signed-in account into its data scope (a merchant account sees its merchant's
 * records only; the persistence layer enforces it) and names it as the operation log's caller, and takes both away
 * when the request ends. The scope is looked up
 * once per session; an account's merchant does not change while it is signed in.
 */
@WebFilter(filterName = "ConsoleDataScope", urlPatterns = "/admin/*")
public class ConsoleDataScope extends HttpFilter {

    private static final String SESSION_SCOPE = ConsoleDataScope.class.getName() + ".scope";

    @EJB
    ConsoleAccounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        DataScope.clear(); // sign-in and the scope lookup itself run unscoped
        OperationCaller.clear();
        try {
            Principal caller = request.getUserPrincipal();
            if (caller != null) {
                DataScope.enter(scopeOf(caller.getName(), request.getSession()));
                // who the operation log names for changes made by this request
                OperationCaller.enter(OperationCaller.console(caller.getName(), request.getRemoteAddr()));
            }
            chain.doFilter(request, response);
        } finally {
            DataScope.clear();
            OperationCaller.clear();
        }
    }

    private DataScope scopeOf(String phone, HttpSession session) {
        Object known = session.getAttribute(SESSION_SCOPE);
        if (known instanceof Scoped scoped && scoped.phone().equals(phone)) {
            return scoped.scope();
        }
        DataScope scope = accounts.scopeOf(phone);
        session.setAttribute(SESSION_SCOPE, new Scoped(phone, scope));
        return scope;
    }

    /** Serializable, so sessions survive a restart or replication with it. */
    record Scoped(String phone, DataScope scope) implements java.io.Serializable {
    }
}
