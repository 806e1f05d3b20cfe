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
        callerQuery = "SELECT password_hash FROM console_user WHERE login_phone = ? AND enabled = TRUE",
        groupsQuery = "SELECT r.code FROM console_role r JOIN console_user_role ur ON ur.role_id = r.id "
                + "JOIN console_user u ON u.id = ur.user_id WHERE u.login_phone = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
@ApplicationScoped
public class ConsoleSecurity {
}
