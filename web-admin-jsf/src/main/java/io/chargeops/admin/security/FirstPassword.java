package io.chargeops.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * First sign-in (or after a password reset): until the account has set a password of its own, every console page
 * leads to {@code password.xhtml}. {@link Login} marks the session when {@code ConsoleAccounts} says so.
 */
@WebFilter(filterName = "FirstPassword", urlPatterns = "/admin/*")
public class FirstPassword extends HttpFilter {

    static final String MUST_CHANGE = FirstPassword.class.getName() + ".mustChange";
    static final String PAGE = "/admin/password.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE)) && !path.equals(PAGE)
                && !path.equals("/admin/login.xhtml")) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
