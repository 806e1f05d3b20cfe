package io.chargeops.admin.security;

import io.chargeops.core.identity.ConsoleAccounts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The console's identity store: hands phone and password to ejb-core's {@code ConsoleAccounts} (the one place console
 * credentials are verified, also behind {@code /api/admin/v1}); the caller's groups are its role codes. A QR sign-in
 * arrives already recognised by ejb-core ({@link QrSignInCredential}).
 */
@ApplicationScoped
public class ConsoleIdentityStore implements IdentityStore {

    @EJB
    ConsoleAccounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof QrSignInCredential qr) {
            return new CredentialValidationResult(qr.caller().loginPhone(), qr.caller().roles());
        }
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.verify(login.getCaller(), login.getPassword().getValue())
                .map(caller -> new CredentialValidationResult(caller.loginPhone(), caller.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
