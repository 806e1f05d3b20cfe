package io.chargeops.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Who may use the console: a form sign-in whose credentials {@link ConsoleIdentityStore} checks through ejb-core's
 * {@code ConsoleAccounts}, the same check the ops API's HTTP Basic filter uses, so one account, one PBKDF2 hash and
 * one set of rules (disabled or locked accounts cannot sign in) serve both, in both runtime shapes.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/admin/login.xhtml", errorPage = "", useForwardToLogin = false))
@ApplicationScoped
public class ConsoleSecurity {
}
