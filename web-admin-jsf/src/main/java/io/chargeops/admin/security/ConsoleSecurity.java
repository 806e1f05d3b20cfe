package io.chargeops.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Who may use the console. Accounts live in {@code console_user}; a disabled account cannot sign in. The identity
 * store reads through the application data source, so the same accounts work in both runtime shapes.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/admin/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/chargeops",
        // views (schema V001) so the same SQL serves H2 and DM8; disabled accounts have no credential row
        callerQuery = "SELECT password_hash FROM v_console_credential WHERE login_phone = ?",
        groupsQuery = "SELECT role_code FROM v_console_user_group WHERE login_phone = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@ApplicationScoped
public class ConsoleSecurity {
}
